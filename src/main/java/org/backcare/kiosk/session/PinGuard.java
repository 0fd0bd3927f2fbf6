package org.backcare.kiosk.session;

import org.backcare.kiosk.settings.AdminPin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks PIN tries against the stored hash. After five wrong tries entry is locked, first for
 * 30 seconds, then twice as long after each further five, up to 15 minutes; a right PIN resets it.
 * With a {@link PinLockFile} the count and the lock-out survive a restart. Thread-safe: the kiosk
 * checks the slow hash off the JavaFX thread.
 */
public final class PinGuard {

    static final int TRIES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    public enum Result { ACCEPTED, WRONG, LOCKED, NO_PIN_SET }

    private final String pinHash;
    private final Clock clock;
    private final PinLockFile store;
    private int wrongInARow;
    private int locks;
    private Instant lockedUntil = Instant.MIN;

    /** A guard whose lock-out lasts as long as the program (tests, and a kiosk without a state folder). */
    public PinGuard(String pinHash, Clock clock) {
        this(pinHash, clock, null);
    }

    /** @param store where the lock-out is kept across restarts, or null for none */
    public PinGuard(String pinHash, Clock clock, PinLockFile store) {
        this.pinHash = pinHash;
        this.clock = clock;
        this.store = store;
        if (store != null) {
            PinLockFile.State state = store.load();
            wrongInARow = state.wrongInARow();
            locks = state.locks();
            lockedUntil = state.lockedUntil();
        }
    }

    public synchronized Result attempt(String pin) {
        Result result = check(pin);
        if (store != null && (result == Result.ACCEPTED || result == Result.WRONG || result == Result.LOCKED)) {
            store.save(new PinLockFile.State(wrongInARow, locks, lockedUntil.isBefore(Instant.EPOCH) ? Instant.EPOCH : lockedUntil));
        }
        return result;
    }

    private Result check(String pin) {
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

    public synchronized boolean locked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** Whole seconds until tries are taken again, rounded up; 0 when not locked. */
    public synchronized long secondsLocked() {
        long millis = Duration.between(clock.instant(), lockedUntil).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public synchronized int triesLeft() {
        return TRIES_BEFORE_LOCK - wrongInARow;
    }
}
