package org.backcare.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Notices when nobody has touched the kiosk: after {@code idle} a "Still there?" countdown of
 * {@code countdown}, then it is time to reset. Reads a {@link Clock}, so tests wait no real time.
 */
public final class IdleTimer {

    /** Where the idle timer stands. */
    public sealed interface State {
        record Active() implements State {
        }

        record Warning(long secondsLeft) implements State {
        }

        record Expired() implements State {
        }
    }

    private final Duration idle;
    private final Duration countdown;
    private final Clock clock;
    private Instant lastTouch;
    private Instant busyUntil = Instant.MIN;

    public IdleTimer(Duration idle, Duration countdown, Clock clock) {
        this.idle = idle;
        this.countdown = countdown;
        this.clock = clock;
        this.lastTouch = clock.instant();
    }

    /** Someone touched, clicked, scrolled or pressed a key. */
    public void touch() {
        lastTouch = clock.instant();
    }

    /**
     * Something on screen counts as activity until {@code until} (a running hold timer: the person
     * is exercising, not gone); the idle wait starts from then or from the last touch, whichever
     * is later. A time in the past ends it.
     */
    public void busyUntil(Instant until) {
        busyUntil = until;
    }

    /**
     * How long from now the state changes if nobody touches the kiosk: to the start of the
     * countdown, to the countdown's next second, or zero once it has run out. A touch only puts the
     * change off, so looking again then misses nothing.
     */
    public Duration untilNextChange() {
        Duration quiet = quiet();
        if (quiet.compareTo(idle) < 0) {
            return idle.minus(quiet);
        }
        Duration left = idle.plus(countdown).minus(quiet);
        if (left.isNegative() || left.isZero()) {
            return Duration.ZERO;
        }
        long ms = left.toMillis() % 1000;
        return Duration.ofMillis(ms == 0 ? 1000 : ms);
    }

    private Duration quiet() {
        Instant from = lastTouch.isAfter(busyUntil) ? lastTouch : busyUntil;
        return Duration.between(from, clock.instant());
    }

    public State state() {
        Duration quiet = quiet();
        if (quiet.compareTo(idle) < 0) {
            return new State.Active();
        }
        Duration left = idle.plus(countdown).minus(quiet);
        if (left.isNegative() || left.isZero()) {
            return new State.Expired();
        }
        return new State.Warning((left.toMillis() + 999) / 1000);
    }
}
