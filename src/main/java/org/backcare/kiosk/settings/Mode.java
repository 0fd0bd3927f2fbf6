package org.backcare.kiosk.settings;

import java.util.Locale;
import java.util.Optional;

/** How the kiosk runs. */
public enum Mode {
    /** Full screen and locked, the attract screen when idle, reset after each person. */
    KIOSK,
    /** For a physical therapist: a panel jumps to any screen; no reset while it is in use. */
    THERAPIST,
    /** A normal window driven by keyboard or presentation clicker; no idle reset. */
    CLASSROOM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> of(String id) {
        for (Mode mode : values()) {
            if (mode.id().equals(id)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
