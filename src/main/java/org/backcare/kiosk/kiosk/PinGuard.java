package org.backcare.kiosk.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks PIN tries against the stored hash. After five wrong tries entry is locked, first for
 * 30 seconds, then twice as long after each further five, up to 15 minutes; a right PIN resets it.
 */
public final class PinGuard {

    static final int TRIES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    public enum Result { ACCEPTED, WRONG, LOCKED, NO_PIN_SET }

    private final String pinHash;
    private final Clock clock;
    private int wrongInARow;
    private int locks;
    private Instant lockedUntil = Instant.MIN;

    public PinGuard(String pinHash, Clock clock) {
        this.pinHash = pinHash;
        this.clock = clock;
    }

    public Result attempt(String pin) {
        if (pinHash == null) {
            return Result.NO_PIN_SET;
        }
        if (locked()) {
            return Result.LOCKED;
        }
        if (AdminPin.matches(pin, pinHash)) {
            wrongInARow = 0;
            locks = 0;
            return Result.ACCEPTED;
        }
        wrongInARow++;
        if (wrongInARow >= TRIES_BEFORE_LOCK) {
            wrongInARow = 0;
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10));
            lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            locks++;
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    public boolean locked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** Whole seconds until tries are taken again, rounded up; 0 when not locked. */
    public long secondsLocked() {
        long millis = Duration.between(clock.instant(), lockedUntil).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public int triesLeft() {
        return TRIES_BEFORE_LOCK - wrongInARow;
    }
}
