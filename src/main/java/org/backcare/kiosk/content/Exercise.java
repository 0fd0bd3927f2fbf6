package org.backcare.kiosk.content;

import java.util.List;

/**
 * A stretch or exercise.
 *
 * @param prop    what the figure lies, sits or stands on
 * @param avoidIf picker answers that rule this exercise out (its cautions, as data): the picker
 *                never offers it to a person who chose one of them
 * @param poses the figure's positions: start, end (and more), animated in turn
 * @param restSeconds the rest between two repetitions in the guided walkthrough, which runs the
 *                    repetitions by itself; {@value #DEFAULT_REST_SECONDS} when the file leaves it out
 * @param contacts body parts that stay on the floor, the seat or the wall in every pose and every frame between
 * @param limits   how far joints may bend in this exercise, within what every body allows
 * @param works    the regions the exercise stretches or works, tinted on the figure
 */
public record Exercise(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, Direction direction, String purpose, List<String> steps,
                       @Range(min = 0, max = 300, unit = "seconds") int holdSeconds,
                       @Range(min = 1, max = 50, unit = "repetitions") int repetitions,
                       @Omittable @Range(min = 0, max = 120, unit = "seconds") Integer restSeconds,
                       String howOften, List<String> cautions,
                       @Ref(Source.class) List<String> sources,
                       Prop prop, List<Pose> poses,
                       @Omittable @Ref(Answer.class) List<String> avoidIf,
                       @Omittable List<Contact> contacts,
                       @Omittable List<JointLimit> limits,
                       @Omittable List<BodyRegion> works) {
    public static final int DEFAULT_REST_SECONDS = 5;

    public Exercise {
        restSeconds = restSeconds == null ? DEFAULT_REST_SECONDS : restSeconds;
        poses = List.copyOf(poses);
        avoidIf = avoidIf == null ? List.of() : List.copyOf(avoidIf);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        limits = limits == null ? List.of() : List.copyOf(limits);
        works = works == null ? List.of() : List.copyOf(works);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }
}
