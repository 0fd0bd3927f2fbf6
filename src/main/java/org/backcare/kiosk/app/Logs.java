package org.backcare.kiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The kiosk's log: a rotating file (five files of at most 1 MB) in the platform's log folder,
 * with start-up, content problems, mode changes, PIN failures and errors. Never a patient's answers.
 */
public final class Logs {

    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 5;

    private Logs() {
    }

    /** Adds the rotating file to the kiosk's loggers; if the folder cannot be written, logs go to the console only. */
    public static Path start(Path folder) {
        Logger root = Logger.getLogger("org.backcare.kiosk");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("kiosk.%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
            return folder;
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "Cannot write the log folder " + folder + "; logging to the console only", e);
            return null;
        }
    }
}
