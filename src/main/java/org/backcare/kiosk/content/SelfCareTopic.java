package org.backcare.kiosk.content;

import java.util.List;

/** self-care.json: "What you can do". */
public record SelfCareTopic(TopicInfo topic, List<Treatment> treatments, List<EvidenceNote> evidence) {
    public SelfCareTopic {
        treatments = List.copyOf(treatments);
        evidence = List.copyOf(evidence);
    }
}
