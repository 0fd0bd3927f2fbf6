package org.backcare.kiosk.content;

import java.util.List;

/**
 * A stretch or exercise.
 *
 * @param figure a drawing of the exercise under the media folder, when there is one
 */
public record Exercise(String id, String name, Direction direction, String purpose, List<String> steps,
                       @Range(min = 0, max = 300, unit = "seconds") int holdSeconds,
                       @Range(min = 1, max = 50, unit = "repetitions") int repetitions,
                       String howOften, List<String> cautions,
                       @Ref(Source.class) List<String> sources,
                       @Omittable @MediaPath String figure) {
    public Exercise {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }
}
