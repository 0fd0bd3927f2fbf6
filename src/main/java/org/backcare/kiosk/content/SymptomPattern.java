package org.backcare.kiosk.content;

import java.util.List;

/**
 * A pattern of symptoms and what it may be related to. Never a diagnosis: {@code mayMean} is
 * written in hedged words.
 */
public record SymptomPattern(String id, @MaxLength(value = MaxLength.TITLE, what = "a title") String title, List<String> signs, String mayMean, String advice,
                             Urgency urgency, @Omittable @Ref(Exercise.class) List<String> exercises) {
    public SymptomPattern {
        signs = List.copyOf(signs);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }
}
