package org.backcare.kiosk.settings;

import org.backcare.kiosk.session.PinGuard;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PIN hashing, and the lock-out after wrong tries and its growing delay. */
class AdminPinTest {

    private static final String HASH = AdminPin.hash("2468", AdminPin.MIN_ITERATIONS);
    private final TestClock clock = new TestClock();

    @Test
    void aPinIsStoredOnlyAsASaltedSlowHash() {
        String full = AdminPin.hash("2468");
        assertTrue(full.startsWith("pbkdf2-sha256$" + AdminPin.ITERATIONS + "$"));
        assertFalse(full.contains("2468"));
        assertNotEquals(full, AdminPin.hash("2468"), "salted: the same PIN hashes differently each time");
        assertTrue(AdminPin.matches("2468", full));
        assertFalse(AdminPin.matches("2469", full));
        assertFalse(AdminPin.matches("2468", null), "no PIN works when none is set");
        assertTrue(AdminPin.looksLikeHash(HASH));
        assertFalse(AdminPin.looksLikeHash("1234"));
        assertFalse(AdminPin.looksLikeHash("pbkdf2-sha256$10$AAAA$BBBB"));
    }

    @Test
    void aPinIsFourToTwelveDigits() {
        assertTrue(AdminPin.acceptable("0000"));
        assertFalse(AdminPin.acceptable("123"));
        assertFalse(AdminPin.acceptable("12ab"));
        assertFalse(AdminPin.acceptable("1234567890123"));
        assertThrows(IllegalArgumentException.class, () -> AdminPin.hash("12"));
    }

    @Test
    void fiveWrongTriesLockEntryForAGrowingDelay() {
        PinGuard guard = new PinGuard(HASH, clock);
        for (int i = 1; i < 5; i++) {
            assertEquals(PinGuard.Result.WRONG, guard.attempt("1111"));
            assertEquals(5 - i, guard.triesLeft());
        }
        assertEquals(PinGuard.Result.LOCKED, guard.attempt("1111"));
        assertEquals(30, guard.secondsLocked());
        assertEquals(PinGuard.Result.LOCKED, guard.attempt("2468"), "even the right PIN waits out the lock");
        clock.advance(Duration.ofSeconds(29));
        assertEquals(1, guard.secondsLocked());
        clock.advance(Duration.ofSeconds(1));
        assertFalse(guard.locked());
        for (int i = 0; i < 4; i++) {
            guard.attempt("1111");
        }
        assertEquals(PinGuard.Result.LOCKED, guard.attempt("1111"));
        assertEquals(60, guard.secondsLocked(), "the second lock lasts twice as long");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(PinGuard.Result.ACCEPTED, guard.attempt("2468"));
        for (int i = 0; i < 4; i++) {
            guard.attempt("1111");
        }
        assertEquals(PinGuard.Result.LOCKED, guard.attempt("1111"));
        assertEquals(30, guard.secondsLocked(), "a right PIN resets the delay");
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        PinGuard guard = new PinGuard(HASH, clock);
        for (int round = 0; round < 12; round++) {
            for (int i = 0; i < 5; i++) {
                guard.attempt("1111");
            }
            assertTrue(guard.secondsLocked() <= 15 * 60);
            clock.advance(Duration.ofMinutes(16));
        }
        for (int i = 0; i < 5; i++) {
            guard.attempt("1111");
        }
        assertEquals(15 * 60, guard.secondsLocked());
    }

    @Test
    void withoutAPinNothingUnlocks() {
        assertEquals(PinGuard.Result.NO_PIN_SET, new PinGuard(null, clock).attempt("0000"));
    }
}
