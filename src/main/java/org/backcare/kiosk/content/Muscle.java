package org.backcare.kiosk.content;

import java.util.List;

/** A back muscle or muscle group. */
public record Muscle(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, Layer layer, String summary, String role,
                     List<String> facts, String howItHurts) {
    public Muscle {
        facts = List.copyOf(facts);
    }
}
