package org.backcare.kiosk.content;

import java.util.Map;

/** Everything the kiosk shows, in one language. */
public record Content(Language language, MusclesTopic muscles, CausesTopic causes, SymptomsTopic symptoms,
                      SelfCareTopic selfCare, ExercisesTopic exercises, DoctorTopic doctor,
                      KeyPointsTopic keyPoints, SourcesTopic sources, PickerTopic picker,
                      Map<String, Drawing> drawings) {

    public Content {
        drawings = Map.copyOf(drawings);
    }

    /** A drawing named by a media path in the content, e.g. the anatomy diagram. */
    public Drawing drawing(String mediaPath) {
        Drawing drawing = drawings.get(mediaPath);
        if (drawing == null) {
            throw new IllegalArgumentException("No drawing loaded from media path " + mediaPath);
        }
        return drawing;
    }

    /** The title, tile label and lead of a topic. */
    public TopicInfo info(Topic topic) {
        return switch (topic) {
            case MUSCLES -> muscles.topic();
            case CAUSES -> causes.topic();
            case SYMPTOMS -> symptoms.topic();
            case SELF_CARE -> selfCare.topic();
            case EXERCISES -> exercises.topic();
            case DOCTOR -> doctor.topic();
            case KEY_POINTS -> keyPoints.topic();
            case SOURCES -> sources.topic();
            case PICKER -> picker.topic();
        };
    }
}
