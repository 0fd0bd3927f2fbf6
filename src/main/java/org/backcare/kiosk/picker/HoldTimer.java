package org.backcare.kiosk.picker;

import java.time.Clock;

/**
 * Runs an exercise's repetitions by itself: Start holds the first repetition, and after each hold
 * comes a rest, then the next hold, until the last one is done. Pause stops the countdown (of a
 * hold or a rest), Start resumes it, Reset starts the exercise over. Reads time from a
 * {@link Clock} so tests need no real waiting.
 */
public final class HoldTimer {

    public enum State { READY, HOLDING, RESTING, PAUSED, DONE }

    private final long holdMillis;
    private final long restMillis;
    private final int repetitions;
    private final Clock clock;

    private State state = State.READY;
    /** What Pause stopped: HOLDING or RESTING. */
    private State pausedIn;
    private int completed;
    /** When the hold or rest under way began, moved on by the time spent paused. */
    private long phaseStart;
    /** How far into its hold or rest Pause stopped. */
    private long pausedAfter;

    public HoldTimer(int holdSeconds, int repetitions, int restSeconds, Clock clock) {
        if (holdSeconds < 0 || repetitions < 1 || restSeconds < 0) {
            throw new IllegalArgumentException("hold " + holdSeconds + " s, " + repetitions + " repetitions, rest "
                    + restSeconds + " s");
        }
        this.holdMillis = holdSeconds * 1000L;
        this.restMillis = restSeconds * 1000L;
        this.repetitions = repetitions;
        this.clock = clock;
    }

    /** Starts the first hold, or resumes the hold or rest that Pause stopped; does nothing while running or done. */
    public void start() {
        if (state == State.READY) {
            state = State.HOLDING;
            phaseStart = clock.millis();
        } else if (state == State.PAUSED) {
            state = pausedIn;
            phaseStart = clock.millis() - pausedAfter;
        }
        update();
    }

    public void pause() {
        if (isRunning()) {
            pausedAfter = clock.millis() - phaseStart;
            pausedIn = state;
            state = State.PAUSED;
        }
    }

    public void reset() {
        state = State.READY;
        pausedIn = null;
        completed = 0;
    }

    /**
     * Advances to the clock's time, from hold to rest to the next hold as their times run out (several
     * at once if the clock jumped); call it on every frame or tick.
     */
    public void update() {
        long now = clock.millis();
        while (true) {
            if (state == State.HOLDING && now - phaseStart >= holdMillis) {
                completed++;
                phaseStart += holdMillis;
                state = completed >= repetitions ? State.DONE : State.RESTING;
            } else if (state == State.RESTING && now - phaseStart >= restMillis) {
                phaseStart += restMillis;
                state = State.HOLDING;
            } else {
                return;
            }
        }
    }

    private long elapsed() {
        return state == State.PAUSED ? pausedAfter : clock.millis() - phaseStart;
    }

    /** Whole seconds left in the current hold, rounded up, as a countdown shows them; the full hold when none is under way. */
    public int secondsLeft() {
        boolean inHold = state == State.HOLDING || state == State.PAUSED && pausedIn == State.HOLDING;
        return seconds(inHold ? holdMillis - elapsed() : holdMillis);
    }

    /** Whole seconds left of the rest under way (running or paused), rounded up; 0 when not resting. */
    public int restSecondsLeft() {
        boolean inRest = state == State.RESTING || state == State.PAUSED && pausedIn == State.RESTING;
        return inRest ? seconds(restMillis - elapsed()) : 0;
    }

    private static int seconds(long millis) {
        return (int) Math.max(0, (millis + 999) / 1000);
    }

    /** How long, running on without a pause, until the last repetition is done; 0 when not running. */
    public long millisToEnd() {
        long holdsLeft = repetitions - completed;
        if (state == State.HOLDING) {
            return holdMillis - elapsed() + (holdsLeft - 1) * (restMillis + holdMillis);
        }
        if (state == State.RESTING) {
            return restMillis - elapsed() + holdsLeft * holdMillis + (holdsLeft - 1) * restMillis;
        }
        return 0;
    }

    public State state() {
        return state;
    }

    /** While paused: whether a hold or a rest was stopped (HOLDING or RESTING); null otherwise. */
    public State pausedIn() {
        return state == State.PAUSED ? pausedIn : null;
    }

    /** Holding or resting, not paused. */
    public boolean isRunning() {
        return state == State.HOLDING || state == State.RESTING;
    }

    public int completedRepetitions() {
        return completed;
    }

    /** The repetition being done or next to do, from 1; stays at the last one when done. */
    public int currentRepetition() {
        return Math.min(repetitions, completed + 1);
    }

    public int repetitions() {
        return repetitions;
    }
}
