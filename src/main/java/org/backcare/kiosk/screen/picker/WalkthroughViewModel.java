package org.backcare.kiosk.screen.picker;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.picker.HoldTimer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The walkthrough of one exercise: the step shown, and the repetitions, which run by themselves
 * once started (hold, rest, next hold) on a clock the caller ticks. The view runs the ticks, shows
 * the properties and turns the {@link Cues} into sounds; tests move the clock.
 */
public final class WalkthroughViewModel {

    /** A running walkthrough counts as activity until its end plus this, so the idle reset never cuts into it. */
    static final Duration HOLD_MARGIN = Duration.ofSeconds(15);

    /** The last seconds of a hold that are counted aloud: 3, 2, 1. */
    static final int COUNTED_ALOUD = 3;

    /** What happens as the repetitions run, for the view to sound. */
    public interface Cues {
        /** A hold begins (the first after Start, or the next after a rest). */
        default void holdStarted(int repetition, int of) {
        }

        /** {@code seconds} (3, 2, 1) are left of the hold under way. */
        default void secondsLeft(int seconds) {
        }

        /** A hold ended, and a rest before {@code nextRepetition} begins. */
        default void restStarted(int nextRepetition) {
        }

        /** The last hold ended. */
        default void allDone() {
        }
    }

    private final Exercise exercise;
    private final Clock clock;
    private final HoldTimer timer;
    private final Cues cues;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper firstStep = new ReadOnlyBooleanWrapper(this, "firstStep", true);
    private final ReadOnlyBooleanWrapper lastStep = new ReadOnlyBooleanWrapper(this, "lastStep");
    private final ReadOnlyObjectWrapper<HoldTimer.State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<HoldTimer.State> pausedIn = new ReadOnlyObjectWrapper<>(this, "pausedIn");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyIntegerWrapper restSecondsLeft = new ReadOnlyIntegerWrapper(this, "restSecondsLeft");
    private final ReadOnlyIntegerWrapper repetition = new ReadOnlyIntegerWrapper(this, "repetition");
    private int lastCounted;

    public WalkthroughViewModel(Exercise exercise, Clock clock) {
        this(exercise, clock, new Cues() { });
    }

    public WalkthroughViewModel(Exercise exercise, Clock clock, Cues cues) {
        this.exercise = exercise;
        this.clock = clock;
        this.cues = cues;
        this.timer = new HoldTimer(exercise.holdSeconds(), exercise.repetitions(), exercise.restSeconds(), clock);
        showStep(0);
        publish();
    }

    public Exercise exercise() {
        return exercise;
    }

    public void previousStep() {
        showStep(Math.max(0, step.get() - 1));
    }

    public void nextStep() {
        showStep(Math.min(exercise.steps().size() - 1, step.get() + 1));
    }

    private void showStep(int index) {
        step.set(index);
        firstStep.set(index == 0);
        lastStep.set(index == exercise.steps().size() - 1);
    }

    public String stepText() {
        return exercise.steps().get(step.get());
    }

    public int stepCount() {
        return exercise.steps().size();
    }

    /**
     * Starts the repetitions, pauses them, or resumes them.
     *
     * @return until when the person counts as busy: the end of the last repetition plus a margin, or
     *         now when paused or done
     */
    public Instant startOrPause() {
        if (timer.isRunning()) {
            timer.pause();
            publish();
            return clock.instant();
        }
        HoldTimer.State before = timer.state();
        int completedBefore = timer.completedRepetitions();
        timer.start();
        if (before == HoldTimer.State.READY) {
            lastCounted = 0;
            cues.holdStarted(1, timer.repetitions());
        }
        announce(before == HoldTimer.State.READY ? HoldTimer.State.HOLDING : timer.state(), completedBefore);
        publish();
        return busyUntil();
    }

    private Instant busyUntil() {
        return timer.isRunning() ? clock.instant().plusMillis(timer.millisToEnd()).plus(HOLD_MARGIN) : clock.instant();
    }

    /** Back to the first repetition, not running; the person no longer counts as busy. */
    public Instant reset() {
        timer.reset();
        publish();
        return clock.instant();
    }

    /** Reads the clock; returns whether the repetitions still run (the view's ticks stop when not). */
    public boolean tick() {
        HoldTimer.State before = timer.state();
        int completedBefore = timer.completedRepetitions();
        timer.update();
        announce(before, completedBefore);
        publish();
        return isRunning();
    }

    /** Tells the cues what changed since {@code before}: a hold ended, a rest ended, seconds to count aloud. */
    private void announce(HoldTimer.State before, int completedBefore) {
        HoldTimer.State now = timer.state();
        if (timer.completedRepetitions() > completedBefore) {
            if (now == HoldTimer.State.DONE) {
                cues.allDone();
                return;
            }
            if (now == HoldTimer.State.RESTING) {
                cues.restStarted(timer.currentRepetition());
                return;
            }
        }
        if (now == HoldTimer.State.HOLDING && (before == HoldTimer.State.RESTING
                || timer.completedRepetitions() > completedBefore)) {
            lastCounted = 0;
            cues.holdStarted(timer.currentRepetition(), timer.repetitions());
        }
        int left = timer.secondsLeft();
        if (now == HoldTimer.State.HOLDING && left <= COUNTED_ALOUD && left >= 1 && left < exercise.holdSeconds()
                && left != lastCounted) {
            lastCounted = left;
            cues.secondsLeft(left);
        }
    }

    /** Holding or resting, not paused. */
    public boolean isRunning() {
        return timer.isRunning();
    }

    public boolean isHolding() {
        return timer.state() == HoldTimer.State.HOLDING;
    }

    public int repetitions() {
        return timer.repetitions();
    }

    private void publish() {
        state.set(timer.state());
        pausedIn.set(timer.pausedIn());
        secondsLeft.set(timer.secondsLeft());
        restSecondsLeft.set(timer.restSecondsLeft());
        repetition.set(timer.currentRepetition());
    }

    /** The step shown, counting from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstStepProperty() {
        return firstStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HoldTimer.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** While paused, what was paused (HOLDING or RESTING); null otherwise. */
    public ReadOnlyObjectProperty<HoldTimer.State> pausedInProperty() {
        return pausedIn.getReadOnlyProperty();
    }

    /** The seconds left of the hold under way (the whole hold when none is). */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** The seconds left of the rest under way; 0 when not resting. */
    public ReadOnlyIntegerProperty restSecondsLeftProperty() {
        return restSecondsLeft.getReadOnlyProperty();
    }

    /** The repetition under way, or next after a rest, counting from 1. */
    public ReadOnlyIntegerProperty repetitionProperty() {
        return repetition.getReadOnlyProperty();
    }
}
