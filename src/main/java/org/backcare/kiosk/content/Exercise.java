package org.backcare.kiosk.content;

import java.util.List;

/**
 * A stretch or exercise.
 *
 * @param prop  what the figure lies, sits or stands on
 * @param poses the figure's positions: start, end (and more), animated in turn
 */
public record Exercise(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, Direction direction, String purpose, List<String> steps,
                       @Range(min = 0, max = 300, unit = "seconds") int holdSeconds,
                       @Range(min = 1, max = 50, unit = "repetitions") int repetitions,
                       String howOften, List<String> cautions,
                       @Ref(Source.class) List<String> sources,
                       Prop prop, List<Pose> poses) {
    public Exercise {
        poses = List.copyOf(poses);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }
}
