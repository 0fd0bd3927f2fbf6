package org.backcare.kiosk.content;

/**
 * One answer a person can tap.
 *
 * @param exclusive when true (e.g. "None of these"), choosing it clears the other answers
 * @param redFlag   the warning sign this answer stands for, when it is one
 */
public record Answer(String id, String text, @Omittable boolean exclusive,
                     @Omittable @Ref(RedFlag.class) String redFlag) {
}
