package org.backcare.kiosk.content;

import java.util.List;

/**
 * see-a-doctor.json: "When to see a doctor".
 *
 * @param emergencyNote the emergency message shown first, above every red flag
 * @param callNow       the short call to action on every "emergency now" message, e.g.
 *                      "Call {emergencyNumber} now"
 */
public record DoctorTopic(TopicInfo topic, List<RedFlag> redFlags, String emergencyNote, String callNow) {
    public DoctorTopic {
        redFlags = List.copyOf(redFlags);
    }
}
