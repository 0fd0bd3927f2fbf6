package org.backcare.kiosk.content;

import java.util.List;

/**
 * Where the picker ends: a pattern in hedged words and what to do about it.
 *
 * @param reasonsFrom the question whose chosen answers are listed as the reasons (red flags)
 * @param fits        what every way to this result must have answered for its {@code pattern} to
 *                    be true of the person: the content check proves it over every way, so no result
 *                    states a pattern the person did not describe
 */
public record PickerResult(String id, @MaxLength(value = MaxLength.TITLE, what = "a title") String title, Urgency urgency, @Omittable Direction direction,
                           String pattern, List<String> advice,
                           @Omittable List<String> favour, @Omittable List<String> avoid,
                           @Omittable @Ref(Exercise.class) List<String> exercises,
                           @Omittable @Ref(Question.class) String reasonsFrom,
                           @Omittable List<ResultNote> notes,
                           @Omittable Condition fits) {
    public PickerResult {
        advice = List.copyOf(advice);
        favour = favour == null ? List.of() : List.copyOf(favour);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        notes = notes == null ? List.of() : List.copyOf(notes);
        fits = fits == null ? Condition.ALWAYS : fits;
    }
}
