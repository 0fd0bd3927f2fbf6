package org.backcare.kiosk.content;

import java.util.List;

/** see-a-doctor.json: "When to see a doctor". */
public record DoctorTopic(TopicInfo topic, List<RedFlag> redFlags, String todayNote) {
    public DoctorTopic {
        redFlags = List.copyOf(redFlags);
    }
}
