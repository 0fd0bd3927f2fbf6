package org.backcare.kiosk.content;

import java.util.List;

/** One thing a person can do for back muscle pain. */
public record Treatment(String id, @MaxLength(value = MaxLength.TITLE, what = "a title") String title, String summary, List<String> points,
                        @Omittable String askFirst, @Omittable @Ref(EvidenceNote.class) String evidence) {
    public Treatment {
        points = List.copyOf(points);
    }
}
