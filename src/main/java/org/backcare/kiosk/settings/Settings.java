package org.backcare.kiosk.settings;


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
 * @param hidePointer   whether the mouse pointer is hidden; null for the default, hidden in kiosk mode only
 * @param watchdogSeconds how long the JavaFX thread may stall before the watchdog ends the kiosk so it is
 *                      started again ({@link Watchdog})
 * @param screenOff     when the display is switched off each day, or null for never
 * @param emergencyNumber the number every "emergency now" message tells a person to call (911, 112, 999…)
 * @param clinic        the clinic's name and phone for its handouts, and the address for their QR code
 * @param sound         whether the walkthrough sounds its cues (tones, and with a voice the count)
 * @param soundVolume   0 to 100, for the tones and the voice
 * @param speechEngine  the read-aloud voice's program: null to look for espeak-ng on the PATH, "off" for none
 */
public record Settings(Mode mode, int idleSeconds, int countdownSeconds, String language, Path contentFolder,
                       int screen, String pinHash, TextSize textSize, boolean highContrast, Boolean hidePointer,
                       int watchdogSeconds, ScreenOffSchedule screenOff, String emergencyNumber,
                       ClinicDetails clinic, boolean sound, int soundVolume, String speechEngine) {

    public static final int DEFAULT_WATCHDOG_SECONDS = 30;
    public static final String DEFAULT_EMERGENCY_NUMBER = "911";
    public static final int DEFAULT_SOUND_VOLUME = 80;

    public static final Settings DEFAULTS = new Settings(Mode.CLASSROOM, 90, 20, null, null, 0, null,
            TextSize.NORMAL, false);

    public Settings {
        clinic = clinic == null ? ClinicDetails.NONE : clinic;
    }

    /** The settings with no clinic details for the handouts, and sound at its defaults. */
    public Settings(Mode mode, int idleSeconds, int countdownSeconds, String language, Path contentFolder,
                    int screen, String pinHash, TextSize textSize, boolean highContrast, Boolean hidePointer,
                    int watchdogSeconds, ScreenOffSchedule screenOff, String emergencyNumber) {
        this(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize, highContrast,
                hidePointer, watchdogSeconds, screenOff, emergencyNumber, ClinicDetails.NONE, true,
                DEFAULT_SOUND_VOLUME, null);
    }

    /** The settings with the unattended-running ones (pointer, watchdog, screen-off) at their defaults. */
    public Settings(Mode mode, int idleSeconds, int countdownSeconds, String language, Path contentFolder,
                    int screen, String pinHash, TextSize textSize, boolean highContrast) {
        this(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize, highContrast,
                null, DEFAULT_WATCHDOG_SECONDS, null, DEFAULT_EMERGENCY_NUMBER);
    }

    public Settings withEmergencyNumber(String number) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, number,
                clinic, sound, soundVolume, speechEngine);
    }

    public Settings withClinic(ClinicDetails details) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                details, sound, soundVolume, speechEngine);
    }

    public Settings withSound(boolean sound, int soundVolume, String speechEngine) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }

    /** Whether the pointer is hidden: as the setting says, or in kiosk mode when it says nothing. */
    public boolean pointerHidden() {
        return hidePointer != null ? hidePointer : mode == Mode.KIOSK;
    }

    public Settings withMode(Mode mode) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }

    public Settings withContentFolder(Path folder) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, folder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }

    public Settings withPinHash(String hash) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, hash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }

    public Settings withLanguage(String language) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }

    public Settings withLook(TextSize textSize, boolean highContrast) {
        return new Settings(mode, idleSeconds, countdownSeconds, language, contentFolder, screen, pinHash, textSize,
                highContrast, hidePointer, watchdogSeconds, screenOff, emergencyNumber,
                clinic, sound, soundVolume, speechEngine);
    }
}
