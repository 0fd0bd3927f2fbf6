package org.backcare.kiosk.screen.picker;

import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.picker.HoldTimer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walkthrough's steps and hold countdown on a clock the test moves; no toolkit, no waiting. */
class WalkthroughViewModelTest {

    private static Exercise exercise;

    @BeforeAll
    static void load() {
        Library library = Library.open(Path.of("no-clinic-folder"), new ContentLoader());
        exercise = library.in("en").exercises().exercises().stream()
                .filter(e -> e.steps().size() >= 2 && e.holdSeconds() > 1).findFirst().orElseThrow();
    }

    @Test
    void stepsStayWithinTheExercise() {
        WalkthroughViewModel model = new WalkthroughViewModel(exercise, new TestClock());
        assertTrue(model.firstStepProperty().get());
        model.previousStep();
        assertEquals(0, model.stepProperty().get());
        for (int i = 0; i < exercise.steps().size() + 2; i++) {
            model.nextStep();
        }
        assertEquals(exercise.steps().size() - 1, model.stepProperty().get());
        assertTrue(model.lastStepProperty().get());
        assertFalse(model.firstStepProperty().get());
        assertEquals(exercise.steps().get(exercise.steps().size() - 1), model.stepText());
    }

    @Test
    void aHoldCountsDownOnTheClockAndKeepsThePersonBusy() {
        TestClock clock = new TestClock();
        WalkthroughViewModel model = new WalkthroughViewModel(exercise, clock);
        assertEquals(HoldTimer.State.READY, model.stateProperty().get());
        assertEquals(exercise.holdSeconds(), model.secondsLeftProperty().get());
        var busyUntil = model.startOrPause();
        assertEquals(clock.instant().plusSeconds(exercise.holdSeconds()).plus(WalkthroughViewModel.HOLD_MARGIN), busyUntil);
        assertTrue(model.isHolding());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(model.tick());
        assertEquals(exercise.holdSeconds() - 1, model.secondsLeftProperty().get());
        assertEquals(clock.instant(), model.startOrPause(), "paused: busy no longer");
        assertEquals(HoldTimer.State.PAUSED, model.stateProperty().get());
        model.startOrPause();
        clock.advance(Duration.ofSeconds(exercise.holdSeconds()));
        assertFalse(model.tick(), "the hold is over");
        model.reset();
        assertEquals(HoldTimer.State.READY, model.stateProperty().get());
        assertEquals(1, model.repetitionProperty().get());
    }
}
