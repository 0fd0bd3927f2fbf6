package org.backcare.kiosk.session;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class IdleTimerTest {

    private final TestClock clock = new TestClock();
    private final IdleTimer timer = new IdleTimer(Duration.ofSeconds(90), Duration.ofSeconds(20), clock);

    @Test
    void itSaysWhenItsStateNextChangesSoTheSessionNeedNotLookTwiceASecond() {
        assertEquals(Duration.ofSeconds(90), timer.untilNextChange());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(30), timer.untilNextChange());
        timer.touch();
        assertEquals(Duration.ofSeconds(90), timer.untilNextChange(), "a touch puts it off");
        clock.advance(Duration.ofSeconds(90));
        assertEquals(new IdleTimer.State.Warning(20), timer.state());
        assertEquals(Duration.ofSeconds(1), timer.untilNextChange(), "the countdown's next second");
        clock.advance(Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(700), timer.untilNextChange());
        assertEquals(new IdleTimer.State.Warning(20), timer.state());
        clock.advance(Duration.ofMillis(700));
        assertEquals(new IdleTimer.State.Warning(19), timer.state(), "changed when it said it would");
        clock.advance(Duration.ofSeconds(19));
        assertEquals(Duration.ZERO, timer.untilNextChange());
        assertInstanceOf(IdleTimer.State.Expired.class, timer.state());
    }

    @Test
    void aHoldThatEndsBringsTheChangeNearer() {
        clock.advance(Duration.ofSeconds(80));
        timer.busyUntil(clock.instant().plusSeconds(120));
        assertEquals(Duration.ofSeconds(210), timer.untilNextChange());
        timer.busyUntil(clock.instant().minusSeconds(80)); // ended: the last touch counts again
        assertEquals(Duration.ofSeconds(10), timer.untilNextChange());
    }

    @Test
    void activeThenACountdownThenExpired() {
        assertInstanceOf(IdleTimer.State.Active.class, timer.state());
        clock.advance(Duration.ofSeconds(89));
        assertInstanceOf(IdleTimer.State.Active.class, timer.state());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new IdleTimer.State.Warning(20), timer.state());
        clock.advance(Duration.ofMillis(500));
        assertEquals(new IdleTimer.State.Warning(20), timer.state(), "rounded up, as a countdown shows it");
        clock.advance(Duration.ofMillis(14_600));
        assertEquals(new IdleTimer.State.Warning(5), timer.state());
        clock.advance(Duration.ofSeconds(5));
        assertInstanceOf(IdleTimer.State.Expired.class, timer.state());
    }

    @Test
    void aTouchStartsTheWaitOver() {
        clock.advance(Duration.ofSeconds(100));
        assertInstanceOf(IdleTimer.State.Warning.class, timer.state());
        timer.touch();
        assertInstanceOf(IdleTimer.State.Active.class, timer.state());
        clock.advance(Duration.ofSeconds(89));
        assertInstanceOf(IdleTimer.State.Active.class, timer.state());
    }
}
