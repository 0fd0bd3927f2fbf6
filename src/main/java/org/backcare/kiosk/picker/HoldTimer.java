package org.backcare.kiosk.picker;

import java.time.Clock;

/**
 * Counts down an exercise hold and counts repetitions: Start holds, Pause stops the countdown,
 * Reset starts the exercise over. When a hold ends the repetition is counted and the timer
 * waits for the next Start, so a person can relax between repetitions. Reads time from a
 * {@link Clock} so tests need no real waiting.
 */
public final class HoldTimer {

    public enum State { READY, HOLDING, PAUSED, RESTING, DONE }

    private final long holdMillis;
    private final int repetitions;
    private final Clock clock;

    private State state = State.READY;
    private int completed;
    private long heldMillis;
    private long startedAt;

    public HoldTimer(int holdSeconds, int repetitions, Clock clock) {
        if (holdSeconds < 0 || repetitions < 1) {
            throw new IllegalArgumentException("hold " + holdSeconds + " s, " + repetitions + " repetitions");
        }
        this.holdMillis = holdSeconds * 1000L;
        this.repetitions = repetitions;
        this.clock = clock;
    }

    /** Starts (or resumes) the current repetition's hold. */
    public void start() {
        if (state == State.HOLDING || state == State.DONE) {
            return;
        }
        if (state != State.PAUSED) {
            heldMillis = 0;
        }
        startedAt = clock.millis();
        state = State.HOLDING;
        update();
    }

    public void pause() {
        if (state == State.HOLDING) {
            heldMillis += clock.millis() - startedAt;
            state = State.PAUSED;
        }
    }

    public void reset() {
        state = State.READY;
        completed = 0;
        heldMillis = 0;
    }

    /** Advances the countdown to the clock's time; call it on every frame or tick. */
    public void update() {
        if (state != State.HOLDING) {
            return;
        }
        if (heldMillis + clock.millis() - startedAt >= holdMillis) {
            completed++;
            heldMillis = 0;
            state = completed >= repetitions ? State.DONE : State.RESTING;
        }
    }

    /** Whole seconds left in the current hold, rounded up, as a countdown shows them. */
    public int secondsLeft() {
        long held = heldMillis + (state == State.HOLDING ? clock.millis() - startedAt : 0);
        if (state == State.RESTING || state == State.READY || state == State.DONE) {
            held = 0;
        }
        return (int) Math.max(0, (holdMillis - held + 999) / 1000);
    }

    public State state() {
        return state;
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
