package org.backcare.kiosk.picker;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoldTimerTest {

    private final TestClock clock = new TestClock();
    private final HoldTimer timer = new HoldTimer(20, 3, 10, clock);

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
        assertEquals(HoldTimer.State.HOLDING, timer.pausedIn());
        assertEquals(15, timer.secondsLeft());
        timer.start();
        pass(10);
        assertEquals(5, timer.secondsLeft());
        assertNull(timer.pausedIn());
    }

    @Test
    void aFinishedHoldIsFollowedByARestThenTheNextHoldByItself() {
        timer.start();
        pass(20);
        assertEquals(HoldTimer.State.RESTING, timer.state());
        assertEquals(1, timer.completedRepetitions());
        assertEquals(2, timer.currentRepetition());
        assertEquals(10, timer.restSecondsLeft());
        pass(4);
        assertEquals(6, timer.restSecondsLeft());
        timer.pause();
        pass(60);
        assertEquals(HoldTimer.State.RESTING, timer.pausedIn(), "a rest can be paused too");
        assertEquals(6, timer.restSecondsLeft());
        timer.start();
        pass(6);
        assertEquals(HoldTimer.State.HOLDING, timer.state(), "the next hold starts by itself");
        assertEquals(2, timer.currentRepetition());
        assertEquals(20, timer.secondsLeft());
        pass(20 + 10 + 20);
        assertEquals(HoldTimer.State.DONE, timer.state());
        assertEquals(3, timer.completedRepetitions());
        assertEquals(3, timer.currentRepetition());
        timer.start();
        assertEquals(HoldTimer.State.DONE, timer.state(), "Start does nothing once done");
    }

    @Test
    void aClockThatJumpsPassesSeveralHoldsAndRestsAtOnce() {
        timer.start();
        pass(20 + 10 + 5);
        assertEquals(HoldTimer.State.HOLDING, timer.state());
        assertEquals(2, timer.currentRepetition());
        assertEquals(15, timer.secondsLeft());
    }

    @Test
    void knowsHowLongTheRunHasLeft() {
        timer.start();
        assertEquals((20 + 10 + 20 + 10 + 20) * 1000L, timer.millisToEnd());
        pass(25);
        assertEquals((5 + 20 + 10 + 20) * 1000L, timer.millisToEnd());
        timer.pause();
        assertEquals(0, timer.millisToEnd());
    }

    @Test
    void resetStartsTheExerciseOver() {
        timer.start();
        pass(23);
        timer.reset();
        assertEquals(HoldTimer.State.READY, timer.state());
        assertEquals(0, timer.completedRepetitions());
        assertEquals(20, timer.secondsLeft());
        assertEquals(0, timer.restSecondsLeft());
    }

    @Test
    void zeroSecondHoldsAndRestsStillCountEveryRepetition() {
        HoldTimer reps = new HoldTimer(0, 2, 0, clock);
        reps.start();
        assertEquals(2, reps.completedRepetitions());
        assertEquals(HoldTimer.State.DONE, reps.state());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HoldTimer(-1, 3, 5, clock));
        assertThrows(IllegalArgumentException.class, () -> new HoldTimer(10, 0, 5, clock));
        assertThrows(IllegalArgumentException.class, () -> new HoldTimer(10, 3, -1, clock));
    }
}
