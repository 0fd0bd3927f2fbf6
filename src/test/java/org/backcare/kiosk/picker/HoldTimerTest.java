package org.backcare.kiosk.picker;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoldTimerTest {

    private final TestClock clock = new TestClock();
    private final HoldTimer timer = new HoldTimer(20, 3, clock);

    private void pass(double seconds) {
        clock.advance(Duration.ofMillis((long) (seconds * 1000)));
        timer.update();
    }

    @Test
    void countsDownAHoldInWholeSecondsRoundedUp() {
        assertEquals(HoldTimer.State.READY, timer.state());
        assertEquals(20, timer.secondsLeft());
        timer.start();
        pass(0.3);
        assertEquals(20, timer.secondsLeft());
        pass(5);
        assertEquals(15, timer.secondsLeft());
        assertEquals(HoldTimer.State.HOLDING, timer.state());
    }

    @Test
    void pauseStopsTheCountdownAndStartResumesIt() {
        timer.start();
        pass(5);
        timer.pause();
        pass(30);
        assertEquals(HoldTimer.State.PAUSED, timer.state());
        assertEquals(15, timer.secondsLeft());
        timer.start();
        pass(10);
        assertEquals(5, timer.secondsLeft());
    }

    @Test
    void aFinishedHoldCountsTheRepetitionThenWaitsForTheNext() {
        timer.start();
        pass(20);
        assertEquals(HoldTimer.State.RESTING, timer.state());
        assertEquals(1, timer.completedRepetitions());
        assertEquals(2, timer.currentRepetition());
        assertEquals(20, timer.secondsLeft());
        pass(60);
        assertEquals(HoldTimer.State.RESTING, timer.state(), "nothing runs while resting");
        timer.start();
        pass(20);
        timer.start();
        pass(25);
        assertEquals(HoldTimer.State.DONE, timer.state());
        assertEquals(3, timer.completedRepetitions());
        assertEquals(3, timer.currentRepetition());
        timer.start();
        assertEquals(HoldTimer.State.DONE, timer.state(), "Start does nothing once done");
    }

    @Test
    void resetStartsTheExerciseOver() {
        timer.start();
        pass(20);
        timer.start();
        pass(3);
        timer.reset();
        assertEquals(HoldTimer.State.READY, timer.state());
        assertEquals(0, timer.completedRepetitions());
        assertEquals(20, timer.secondsLeft());
    }

    @Test
    void aZeroSecondHoldCountsARepetitionPerStart() {
        HoldTimer reps = new HoldTimer(0, 2, clock);
        reps.start();
        assertEquals(1, reps.completedRepetitions());
        reps.start();
        assertEquals(HoldTimer.State.DONE, reps.state());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HoldTimer(-1, 3, clock));
        assertThrows(IllegalArgumentException.class, () -> new HoldTimer(10, 0, clock));
    }
}
