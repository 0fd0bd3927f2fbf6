package org.backcare.kiosk.session;

import org.backcare.kiosk.settings.Places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import org.backcare.kiosk.files.LocalFile;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Where the admin PIN's lock-out outlives a restart: a small JSON file with the wrong tries in a
 * row, the number of lock-outs so far and the time the current one ends. It holds nothing about a
 * patient. Written atomically; a file that cannot be understood counts as a fresh lock-out (never
 * as unlocked, never as locked for longer than the longest lock-out), and one that says a
 * lock-out ends further ahead than the longest one is cut to it (a clock that jumped back, or an
 * edited file).
 */
public final class PinLockFile {

    private static final Logger LOG = Logger.getLogger(PinLockFile.class.getName());

    /** What the file holds. */
    public record State(int wrongInARow, int locks, Instant lockedUntil) {
        public static final State FRESH = new State(0, 0, Instant.EPOCH);
    }

    private final Path file;
    private final Clock clock;

    public PinLockFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The platform's state folder: ~/.local/state/backcare-kiosk/pin-lock.json on Linux. */
    public static Path defaultLocation() {
        return Places.stateDir().resolve("pin-lock.json");
    }

    public Path file() {
        return file;
    }

    public State load() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return State.FRESH;
        }
        Instant now = clock.instant();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 10_000) {
                throw new IOException("not a small regular file");
            }
            JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
            JsonNode wrong = root == null ? null : root.get("wrongInARow");
            JsonNode locks = root == null ? null : root.get("locks");
            JsonNode until = root == null ? null : root.get("lockedUntil");
            if (wrong == null || !wrong.canConvertToInt() || !wrong.isIntegralNumber() || wrong.intValue() < 0
                    || locks == null || !locks.isIntegralNumber() || !locks.canConvertToInt() || locks.intValue() < 0
                    || until == null || !until.isTextual()) {
                throw new IOException("missing or bad values");
            }
            Instant lockedUntil = Instant.parse(until.asText());
            Instant latest = now.plus(PinGuard.LONGEST_LOCK);
            if (lockedUntil.isAfter(latest)) {
                LOG.warning(() -> file + ": the PIN lock-out ends later than the longest lock-out allows; cut to "
                        + PinGuard.LONGEST_LOCK.toMinutes() + " minutes");
                lockedUntil = latest;
            }
            return new State(Math.min(wrong.intValue(), PinGuard.TRIES_BEFORE_LOCK - 1),
                    Math.min(locks.intValue(), 1000), lockedUntil);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> file + ": the PIN lock-out state cannot be read (" + e.getMessage()
                    + "); PIN entry is locked for " + PinGuard.FIRST_LOCK.toSeconds() + " seconds to be safe");
            return new State(0, 1, now.plus(PinGuard.FIRST_LOCK));
        }
    }

    /** Writes through a temporary file and a move; a failure is logged and the kiosk goes on. */
    public void save(State state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("wrongInARow", state.wrongInARow());
        root.put("locks", state.locks());
        root.put("lockedUntil", state.lockedUntil().toString());
        try {
            LocalFile.writeAtomically(file, root.toString() + "\n", temp -> { });
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Cannot write the PIN lock-out state to " + file + " (" + e + ");"
                    + " it holds until the kiosk restarts");
        }
    }
}
