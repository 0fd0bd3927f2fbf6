package org.backcare.kiosk.content;

import java.util.List;

/**
 * exercises.json: "Stretches and exercises".
 *
 * @param stopRule when to stop an exercise and see a clinician, shown with every exercise
 */
public record ExercisesTopic(TopicInfo topic, List<Section> choosing, List<String> stopRule,
                             List<Exercise> exercises) {
    public ExercisesTopic {
        choosing = List.copyOf(choosing);
        stopRule = List.copyOf(stopRule);
        exercises = List.copyOf(exercises);
    }

    public java.util.Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
