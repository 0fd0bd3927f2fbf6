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
