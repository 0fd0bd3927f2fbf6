package org.backcare.kiosk.kiosk;

import java.nio.file.Path;

/**
 * Everything a clinic configures, from the settings file and the command line.
 *
 * @param language      the language each person starts in, or null for the content's default
 * @param contentFolder a clinic's content folder, or null for the bundled content
 * @param screen        which display the kiosk fills (0 is the primary one)
 * @param pinHash       the admin PIN, salted and hashed ({@link AdminPin}); null when none is set
 * @param textSize      the text size each person starts with (a person can change it; an idle reset restores this)
 * @param highContrast  whether each person starts with the high-contrast theme
 * @param emergencyNumber the number every "emergency now" message tells a person to call (911, 112, 999…)
 */
public record Settings(Mode mode, int idleSeconds, int countdownSeconds, String language, Path contentFolder,
                       int screen, String pinHash, TextSize textSize, boolean highContrast,
                       String emergencyNumber) {

    public static final Settings DEFAULTS = new Settings(Mode.CLASSROOM, 90, 20, null, null, 0, null,
            TextSize.NORMAL, false, "911");

    public Settings withMode(Mode mode) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, emergencyNumber);
    }

    public Settings withContentFolder(Path folder) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, folder, screen, pinHash, textSize,
                highContrast, emergencyNumber);
    }

    public Settings withPinHash(String hash) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, hash, textSize,
                highContrast, emergencyNumber);
    }

    public Settings withLanguage(String language) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, emergencyNumber);
    }

    public Settings withLook(TextSize textSize, boolean highContrast) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, emergencyNumber);
    }
}
