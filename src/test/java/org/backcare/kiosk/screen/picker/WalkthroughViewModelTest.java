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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walkthrough's steps and self-running repetitions on a clock the test moves; no toolkit, no waiting. */
class WalkthroughViewModelTest {

    private static Exercise exercise;
    private static Exercise pelvicTilt;

    @BeforeAll
    static void load() {
        Library library = Library.open(Path.of("no-clinic-folder"), new ContentLoader());
        exercise = library.in("en").exercises().exercises().stream()
                .filter(e -> e.steps().size() >= 2 && e.holdSeconds() > 1).findFirst().orElseThrow();
        pelvicTilt = library.in("en").exercises().exercise("pelvic-tilt").orElseThrow();
    }

    /** Writes down every cue, one word each, as the view would sound them. */
    private static final class Heard implements WalkthroughViewModel.Cues {
        final List<String> said = new ArrayList<>();

        @Override
        public void holdStarted(int repetition, int of) {
            said.add("hold " + repetition + "/" + of);
        }

        @Override
        public void secondsLeft(int seconds) {
            said.add(Integer.toString(seconds));
        }

        @Override
        public void restStarted(int nextRepetition) {
            said.add("rest");
        }

        @Override
        public void allDone() {
            said.add("done");
        }
    }

    private static void run(WalkthroughViewModel model, TestClock clock, int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            clock.advance(Duration.ofMillis(100));
            model.tick();
        }
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
    void theRestComesFromTheExerciseData() {
        assertEquals(5, pelvicTilt.restSeconds());
        assertEquals(5, pelvicTilt.holdSeconds());
        assertEquals(10, pelvicTilt.repetitions());
    }

    @Test
    void onceStartedTheRepetitionsRunByThemselvesWithARestBetweenAndAreCountedAloud() {
        TestClock clock = new TestClock();
        Heard heard = new Heard();
        WalkthroughViewModel model = new WalkthroughViewModel(pelvicTilt, clock, heard);
        var busyUntil = model.startOrPause();
        assertEquals(clock.instant().plusSeconds(10 * 5 + 9 * 5).plus(WalkthroughViewModel.HOLD_MARGIN), busyUntil,
                "busy for every hold and rest, and a margin");
        run(model, clock, 5);
        assertEquals(List.of("hold 1/10", "3", "2", "1", "rest"), heard.said);
        assertEquals(HoldTimer.State.RESTING, model.stateProperty().get());
        assertEquals(5, model.restSecondsLeftProperty().get());
        assertEquals(2, model.repetitionProperty().get(), "the next repetition is shown during the rest");
        run(model, clock, 2);
        assertEquals(3, model.restSecondsLeftProperty().get());
        run(model, clock, 3);
        assertEquals(HoldTimer.State.HOLDING, model.stateProperty().get(), "no tap needed");
        assertEquals("hold 2/10", heard.said.get(heard.said.size() - 1));
        run(model, clock, 8 * 10 + 5);
        assertEquals(HoldTimer.State.DONE, model.stateProperty().get());
        assertEquals("done", heard.said.get(heard.said.size() - 1));
        assertEquals(10, heard.said.stream().filter(s -> s.startsWith("hold")).count());
        assertEquals(9, heard.said.stream().filter(s -> s.equals("rest")).count());
        assertEquals(30, heard.said.stream().filter(s -> s.matches("[123]")).count(), "3, 2, 1 at the end of every hold");
        assertFalse(model.tick(), "done: the ticks may stop");
    }

    @Test
    void pauseHoldsEverythingStillAndResumeGoesOnWhereItStopped() {
        TestClock clock = new TestClock();
        Heard heard = new Heard();
        WalkthroughViewModel model = new WalkthroughViewModel(pelvicTilt, clock, heard);
        model.startOrPause();
        run(model, clock, 6);
        assertEquals(HoldTimer.State.RESTING, model.stateProperty().get());
        assertEquals(clock.instant(), model.startOrPause(), "paused: busy no longer");
        assertEquals(HoldTimer.State.PAUSED, model.stateProperty().get());
        assertEquals(HoldTimer.State.RESTING, model.pausedInProperty().get());
        int said = heard.said.size();
        run(model, clock, 60);
        assertEquals(4, model.restSecondsLeftProperty().get(), "the rest stands still");
        assertEquals(said, heard.said.size(), "nothing is said while paused");
        model.startOrPause();
        run(model, clock, 4);
        assertEquals(HoldTimer.State.HOLDING, model.stateProperty().get());
        assertEquals(2, model.repetitionProperty().get());
        run(model, clock, 2);
        model.startOrPause();
        assertEquals(HoldTimer.State.HOLDING, model.pausedInProperty().get());
        assertEquals(3, model.secondsLeftProperty().get());
        model.reset();
        assertEquals(HoldTimer.State.READY, model.stateProperty().get());
        assertEquals(1, model.repetitionProperty().get());
    }

    @Test
    void aHoldCountsDownOnTheClockAndKeepsThePersonBusy() {
        TestClock clock = new TestClock();
        WalkthroughViewModel model = new WalkthroughViewModel(exercise, clock);
        assertEquals(HoldTimer.State.READY, model.stateProperty().get());
        assertEquals(exercise.holdSeconds(), model.secondsLeftProperty().get());
        model.startOrPause();
        assertTrue(model.isHolding());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(model.tick());
        assertEquals(exercise.holdSeconds() - 1, model.secondsLeftProperty().get());
    }
}
