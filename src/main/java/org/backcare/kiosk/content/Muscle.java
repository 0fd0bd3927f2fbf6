package org.backcare.kiosk.content;

import java.util.List;

/**
 * A back muscle or muscle group.
 *
 * @param partOf the group this muscle belongs to (the longissimus is part of the erector spinae),
 *               or null
 */
public record Muscle(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, Layer layer, String summary, String role,
                     List<String> facts, String howItHurts, @Omittable @Ref(Muscle.class) String partOf) {
    public Muscle {
        facts = List.copyOf(facts);
    }
}
