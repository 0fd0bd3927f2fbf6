package org.backcare.kiosk.content;

import java.util.List;

/**
 * A question of the exercise picker.
 *
 * @param multiple whether several answers may be chosen (then a Next button confirms them)
 */
public record Question(String id, String text, @Omittable String hint, boolean multiple, List<Answer> answers) {
    public Question {
        answers = List.copyOf(answers);
    }
}
