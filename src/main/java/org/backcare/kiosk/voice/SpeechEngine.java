package org.backcare.kiosk.voice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the speech engine's program: espeak-ng on the PATH, or the one the settings name. */
public final class SpeechEngine {

    /** The settings value that turns the voice off. */
    public static final String OFF = "off";

    private SpeechEngine() {
    }

    /**
     * @param setting the {@code speechEngine} setting: null to look on the PATH, {@link #OFF} for no
     *                voice, or the program's path
     * @param path    the PATH environment variable (may be null)
     * @return the program, if it is there and may be run
     */
    public static Optional<Path> find(String setting, String path) {
        if (OFF.equals(setting)) {
            return Optional.empty();
        }
        if (setting != null) {
            Path program = Path.of(setting);
            return Files.isRegularFile(program) && Files.isExecutable(program) ? Optional.of(program) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String name : new String[] {"espeak-ng", "espeak-ng.exe"}) {
                Path program = Path.of(folder, name);
                if (Files.isRegularFile(program) && Files.isExecutable(program)) {
                    return Optional.of(program);
                }
            }
        }
        return Optional.empty();
    }
}
