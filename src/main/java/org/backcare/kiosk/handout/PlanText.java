package org.backcare.kiosk.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan as plain text, for the QR code: the title, the clinic, each exercise with its hold
 * and repetitions, and the stop rule. Kept to {@link #MAX_CHARS} so an ordinary phone camera
 * reads the code from paper: when the whole stop rule does not fit, only its first line (the
 * emergency one) is kept; when the exercises alone do not fit, the list is cut with "…".
 */
public final class PlanText {

    /** The most characters the code holds. */
    public static final int MAX_CHARS = 800;

    private PlanText() {
    }

    public static String of(Handout h) {
        String full = text(h, h.stopRule(), h.exercises().size());
        if (full.length() <= MAX_CHARS) {
            return full;
        }
        List<String> oneLine = h.stopRule().isEmpty() ? List.of() : List.of(h.stopRule().get(0));
        for (int n = h.exercises().size(); n >= 0; n--) {
            String shorter = text(h, oneLine, n);
            if (shorter.length() <= MAX_CHARS) {
                return shorter;
            }
        }
        return text(h, List.of(), 0).substring(0, MAX_CHARS);
    }

    private static String text(Handout h, List<String> stopRule, int exercises) {
        List<String> lines = new ArrayList<>();
        lines.add(h.title());
        if (h.subtitle() != null) {
            lines.add(h.subtitle());
        }
        if (h.clinicLine() != null) {
            lines.add(h.clinicLine().replace("  \u00b7  ", ", "));
        }
        lines.add(h.dateText());
        for (int i = 0; i < exercises; i++) {
            Handout.Item e = h.exercises().get(i);
            lines.add((i + 1) + ". " + e.name() + ": " + (e.holdText() == null ? "" : e.holdText() + ", ")
                    + e.repeatText());
        }
        if (exercises < h.exercises().size()) {
            lines.add("\u2026");
        }
        if (!stopRule.isEmpty()) {
            lines.add(h.labels().stopHeading() + ":");
            stopRule.forEach(line -> lines.add("- " + line));
        }
        return String.join("\n", lines);
    }
}
