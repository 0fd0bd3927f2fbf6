package org.backcare.kiosk.content;

import java.util.List;

/** muscles.json: "Your back muscles". */
public record MusclesTopic(TopicInfo topic, @MediaPath(json = Drawing.class) String diagram, List<Muscle> muscles,
                           @Omittable List<Section> sections) {
    public MusclesTopic {
        muscles = List.copyOf(muscles);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
