package org.backcare.kiosk.content;

/**
 * One line of the picker's decision table, read top to bottom: when {@code when} holds, either
 * ask a question (if it has not been answered yet) or give a result. Exactly one of
 * {@code ask} and {@code result} is set.
 */
public record Rule(@Omittable Condition when, @Omittable @Ref(Question.class) String ask,
                   @Omittable @Ref(PickerResult.class) String result) {
    public Rule {
        when = when == null ? Condition.ALWAYS : when;
    }
}
