package org.backcare.kiosk.content;

import java.util.List;
import java.util.Set;

/**
 * When a picker rule applies, in terms of chosen answers: every answer in {@code all}, at least
 * one in {@code any} (when given), and none of {@code none}. An empty condition always holds.
 */
public record Condition(@Omittable @Ref(Answer.class) List<String> all,
                        @Omittable @Ref(Answer.class) List<String> any,
                        @Omittable @Ref(Answer.class) List<String> none) {
    public Condition {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
        none = none == null ? List.of() : List.copyOf(none);
    }

    public static final Condition ALWAYS = new Condition(null, null, null);

    public boolean holdsFor(Set<String> chosen) {
        return chosen.containsAll(all)
                && (any.isEmpty() || any.stream().anyMatch(chosen::contains))
                && none.stream().noneMatch(chosen::contains);
    }
}
