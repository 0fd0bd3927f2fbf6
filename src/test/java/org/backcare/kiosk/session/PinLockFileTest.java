package org.backcare.kiosk.session;

import org.backcare.kiosk.settings.AdminPin;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PIN lock-out survives a restart, and a damaged state file neither unlocks nor locks for ever. */
class PinLockFileTest {

    private static final String HASH = AdminPin.hash("2468", AdminPin.MIN_ITERATIONS);
    private final TestClock clock = new TestClock();

    @TempDir
    Path dir;

    private PinGuard restart() {
        return new PinGuard(HASH, clock, new PinLockFile(dir.resolve("state/pin-lock.json"), clock));
    }

    @Test
    void theLockOutAndTheWrongTriesSurviveARestart() {
        PinGuard guard = restart();
        for (int i = 0; i < 5; i++) {
            guard.attempt("1111");
        }
        assertTrue(guard.locked());
        PinGuard afterRestart = restart();
        assertTrue(afterRestart.locked(), "a restart does not lift the lock-out");
        assertEquals(30, afterRestart.secondsLocked());
        assertEquals(PinGuard.Result.LOCKED, afterRestart.attempt("2468"));
        clock.advance(Duration.ofSeconds(30));
        PinGuard later = restart();
        assertFalse(later.locked());
        for (int i = 0; i < 4; i++) {
            later.attempt("1111");
        }
        PinGuard again = restart();
        assertEquals(1, again.triesLeft(), "wrong tries before a restart still count");
        assertEquals(PinGuard.Result.LOCKED, again.attempt("1111"));
        assertEquals(60, again.secondsLocked(), "and the next lock-out is the second one, twice as long");
    }

    @Test
    void theRightPinClearsTheStoredState() {
        PinGuard guard = restart();
        guard.attempt("1111");
        guard.attempt("1111");
        assertEquals(PinGuard.Result.ACCEPTED, guard.attempt("2468"));
        assertEquals(5, restart().triesLeft());
    }

    @Test
    void aCorruptFileLocksForTheFirstLockOutOnly() throws IOException {
        Path file = dir.resolve("state/pin-lock.json");
        Files.createDirectories(file.getParent());
        for (String bad : new String[] {"{not json", "[]", "{\"wrongInARow\": -3, \"locks\": 0, \"lockedUntil\": \"x\"}",
                "\u0000\u0001garbage", ""}) {
            Files.writeString(file, bad);
            PinGuard guard = restart();
            assertTrue(guard.locked(), "a damaged file does not unlock: " + bad);
            assertEquals(30, guard.secondsLocked(), "nor lock for ever: " + bad);
        }
    }

    @Test
    void aLockOutFarInTheFutureIsCutToTheLongest() throws IOException {
        Path file = dir.resolve("state/pin-lock.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"wrongInARow\": 0, \"locks\": 3, \"lockedUntil\": \"9999-01-01T00:00:00Z\"}");
        assertEquals(15 * 60, restart().secondsLocked());
    }

    @Test
    void aFolderInPlaceOfTheFileIsTreatedAsDamaged() throws IOException {
        Files.createDirectories(dir.resolve("state/pin-lock.json"));
        PinGuard guard = restart();
        assertEquals(30, guard.secondsLocked());
    }

    @Test
    void hashesWithTooFewOrTooManyIterationsAreRefused() {
        assertFalse(AdminPin.looksLikeHash(AdminPin.hash("2468", 2_000)), "too few: quick to brute-force");
        assertTrue(AdminPin.looksLikeHash(AdminPin.hash("2468", AdminPin.MIN_ITERATIONS)));
        String tooMany = AdminPin.hash("2468", AdminPin.MIN_ITERATIONS).replace("$100000$", "$2000001$");
        assertFalse(AdminPin.looksLikeHash(tooMany), "too many: the check would freeze for minutes");
        assertFalse(AdminPin.looksLikeHash(tooMany.replace("$2000001$", "$99999999999$")));
        assertFalse(AdminPin.matches("2468", tooMany));
    }
}
