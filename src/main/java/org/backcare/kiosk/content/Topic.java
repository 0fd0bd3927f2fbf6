package org.backcare.kiosk.content;

/** The topics of the kiosk, each one JSON file per language. */
public enum Topic {
    MUSCLES("muscles", MusclesTopic.class),
    CAUSES("causes", CausesTopic.class),
    SYMPTOMS("symptoms", SymptomsTopic.class),
    SELF_CARE("self-care", SelfCareTopic.class),
    EXERCISES("exercises", ExercisesTopic.class),
    DOCTOR("see-a-doctor", DoctorTopic.class),
    KEY_POINTS("key-points", KeyPointsTopic.class),
    SOURCES("sources", SourcesTopic.class),
    PICKER("picker", PickerTopic.class);

    private final String id;
    private final Class<? extends Record> type;

    Topic(String id, Class<? extends Record> type) {
        this.id = id;
        this.type = type;
    }

    /** The id key points and links use, and the file's name without ".json". */
    public String id() {
        return id;
    }

    public String fileName() {
        return id + ".json";
    }

    Class<? extends Record> type() {
        return type;
    }

    public static java.util.Optional<Topic> byId(String id) {
        for (Topic t : values()) {
            if (t.id.equals(id)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
