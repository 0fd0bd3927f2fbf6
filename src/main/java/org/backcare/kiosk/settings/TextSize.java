package org.backcare.kiosk.settings;

import java.util.Arrays;
import java.util.Optional;

/** The text-size steps a person can choose: every size in the interface scales with the root size. */
public enum TextSize {
    NORMAL(100), LARGE(125), LARGEST(150);

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public double scale() {
        return percent / 100.0;
    }

    public static Optional<TextSize> ofPercent(int percent) {
        return Arrays.stream(values()).filter(s -> s.percent == percent).findFirst();
    }
}
