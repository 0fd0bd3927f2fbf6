package org.backcare.kiosk.kiosk;

import java.nio.file.Path;

/**
 * Everything a clinic configures, from the settings file and the command line.
 *
 * @param contentFolder a clinic's content folder, or null for the bundled content
 * @param screen        which display the kiosk fills (0 is the primary one)
 * @param pinHash       the admin PIN, salted and hashed ({@link AdminPin}); null when none is set
 */
public record Settings(Mode mode, int idleSeconds, int countdownSeconds, String language, Path contentFolder,
                       int screen, String pinHash) {

    public static final Settings DEFAULTS = new Settings(Mode.CLASSROOM, 90, 20, null, null, 0, null);

    public Settings withMode(Mode mode) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash);
    }

    public Settings withContentFolder(Path folder) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, folder, screen, pinHash);
    }

    public Settings withPinHash(String hash) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, hash);
    }
}
