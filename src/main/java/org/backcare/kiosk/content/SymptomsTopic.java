package org.backcare.kiosk.content;

import java.util.List;

/** symptoms.json: "What your symptoms may mean". */
public record SymptomsTopic(TopicInfo topic, List<SymptomPattern> patterns, String notADiagnosis) {
    public SymptomsTopic {
        patterns = List.copyOf(patterns);
    }
}
