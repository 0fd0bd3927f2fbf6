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
 * The walkthrough of one exercise: the step shown, and the hold countdown with its repetitions on
 * a clock the caller ticks. The view runs the ticks and shows the properties; tests move the clock.
 */
public final class WalkthroughViewModel {

    /** A running hold counts as activity for its hold plus this, so the idle reset never cuts into it. */
    static final Duration HOLD_MARGIN = Duration.ofSeconds(15);

    private final Exercise exercise;
    private final Clock clock;
    private final HoldTimer timer;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper firstStep = new ReadOnlyBooleanWrapper(this, "firstStep", true);
    private final ReadOnlyBooleanWrapper lastStep = new ReadOnlyBooleanWrapper(this, "lastStep");
    private final ReadOnlyObjectWrapper<HoldTimer.State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyIntegerWrapper repetition = new ReadOnlyIntegerWrapper(this, "repetition");

    public WalkthroughViewModel(Exercise exercise, Clock clock) {
        this.exercise = exercise;
        this.clock = clock;
        this.timer = new HoldTimer(exercise.holdSeconds(), exercise.repetitions(), clock);
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
     * Starts or pauses the hold.
     *
     * @return until when the person counts as busy: the hold's end plus a margin, or now when paused
     */
    public Instant startOrPause() {
        if (timer.state() == HoldTimer.State.HOLDING) {
            timer.pause();
            publish();
            return clock.instant();
        }
        timer.start();
        publish();
        return clock.instant().plusSeconds(timer.secondsLeft()).plus(HOLD_MARGIN);
    }

    /** Back to the first repetition, not holding; the person no longer counts as busy. */
    public Instant reset() {
        timer.reset();
        publish();
        return clock.instant();
    }

    /** Reads the clock; returns whether the hold is still running (the view's ticks stop when not). */
    public boolean tick() {
        timer.update();
        publish();
        return isHolding();
    }

    public boolean isHolding() {
        return timer.state() == HoldTimer.State.HOLDING;
    }

    public int repetitions() {
        return timer.repetitions();
    }

    private void publish() {
        state.set(timer.state());
        secondsLeft.set(timer.secondsLeft());
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

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** The repetition under way, counting from 1. */
    public ReadOnlyIntegerProperty repetitionProperty() {
        return repetition.getReadOnlyProperty();
    }
}
