package org.backcare.kiosk.settings;

import java.nio.file.Path;
import java.util.Locale;

/** Where the platform keeps an application's settings and logs. */
public final class Places {

    private static final String NAME = "backcare-kiosk";

    private Places() {
    }

    public static Path configDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            return Path.of(env("APPDATA", home), "BackCare Kiosk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "BackCare Kiosk");
        }
        return Path.of(env("XDG_CONFIG_HOME", home + "/.config"), NAME);
    }

    public static Path logDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            return Path.of(env("LOCALAPPDATA", home), "BackCare Kiosk", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "BackCare Kiosk");
        }
        return Path.of(env("XDG_STATE_HOME", home + "/.local/state"), NAME);
    }

    /**
     * Where the kiosk keeps small state of its own that must outlive a restart (the PIN lock-out),
     * writable by the kiosk's user: beside the logs on Linux (~/.local/state/backcare-kiosk).
     */
    public static Path stateDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            return Path.of(env("LOCALAPPDATA", home), "BackCare Kiosk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "BackCare Kiosk");
        }
        return Path.of(env("XDG_STATE_HOME", home + "/.local/state"), NAME);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
