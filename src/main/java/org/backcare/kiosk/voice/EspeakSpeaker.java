package org.backcare.kiosk.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads aloud through espeak-ng's command line, offline: one process at a time, ended (with anything
 * it started) when reading stops or the kiosk quits. The text goes in on standard input, so no text
 * can be taken for an option and its length is not limited by the command line.
 */
public final class EspeakSpeaker implements Speaker {

    /** Words per minute: slower than espeak-ng's 175, for patients. */
    public static final int WORDS_PER_MINUTE = 150;

    private static final Logger LOG = Logger.getLogger(EspeakSpeaker.class.getName());

    private final Path program;
    private final int volume;
    private Process speaking;
    private boolean failed;

    /**
     * @param program espeak-ng
     * @param volume  0 to 100 (the kiosk's {@code soundVolume}); 100 is espeak-ng's normal loudness
     */
    public EspeakSpeaker(Path program, int volume) {
        this.program = program;
        this.volume = Math.max(0, Math.min(100, volume));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "speech-stop"));
    }

    @Override
    public boolean available() {
        return true;
    }

    /** espeak-ng's voice for a language: American English, Spanish, or the language id itself. */
    static String voice(String language) {
        return switch (language) {
            case "en" -> "en-us";
            case "es" -> "es";
            default -> language;
        };
    }

    /** The command that says a text (given on standard input) in a language. */
    public List<String> command(String language) {
        List<String> command = new ArrayList<>(List.of(program.toString(), "-v", voice(language),
                "-s", Integer.toString(WORDS_PER_MINUTE), "-a", Integer.toString(volume), "-b", "1", "--stdin"));
        return command;
    }

    @Override
    public synchronized CompletableFuture<Void> say(String text, String language) {
        stop();
        try {
            Process process = new ProcessBuilder(command(language))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            speaking = process;
            Thread feeder = new Thread(() -> feed(process, text), "speech-text");
            feeder.setDaemon(true);
            feeder.start();
            return process.onExit().thenApply(p -> null);
        } catch (IOException e) {
            if (!failed) {
                failed = true; // said once: a voice that cannot start would fill the log
                LOG.log(Level.WARNING, "The speech engine " + program + " could not start; nothing is read aloud", e);
            }
            return CompletableFuture.completedFuture(null);
        }
    }

    private static void feed(Process process, String text) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Stopped before it read everything: nothing to say.
        }
    }

    @Override
    public synchronized void stop() {
        Process process = speaking;
        speaking = null;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
