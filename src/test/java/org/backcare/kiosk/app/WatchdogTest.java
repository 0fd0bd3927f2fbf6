package org.backcare.kiosk.app;

import org.backcare.kiosk.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatchdogTest {

    private final TestClock clock = new TestClock();
    /** The "UI thread": runs what was posted only when the test lets it. */
    private final Queue<Runnable> posted = new ArrayDeque<>();
    private final AtomicInteger exits = new AtomicInteger();
    private final Watchdog watchdog = new Watchdog(Duration.ofSeconds(30), clock, posted::add, exits::incrementAndGet);

    private void uiThreadRuns() {
        while (!posted.isEmpty()) {
            posted.poll().run();
        }
    }

    @Test
    void aResponsiveUiThreadIsLeftAlone() {
        for (int i = 0; i < 100; i++) {
            watchdog.check();
            clock.advance(Duration.ofSeconds(5));
            uiThreadRuns();
        }
        assertEquals(0, exits.get());
    }

    @Test
    void aStalledUiThreadEndsTheKioskOnceAfterTheLimit() {
        watchdog.check();
        uiThreadRuns();
        for (int i = 0; i < 6; i++) { // 30 s without an answer: still within the limit
            clock.advance(Duration.ofSeconds(5));
            watchdog.check();
        }
        assertEquals(0, exits.get());
        assertEquals(1, posted.size(), "one ping at a time, not one per check");
        clock.advance(Duration.ofSeconds(1));
        watchdog.check();
        assertEquals(1, exits.get());
        clock.advance(Duration.ofSeconds(5));
        watchdog.check();
        assertEquals(1, exits.get(), "fires once");
    }

    @Test
    void aSlowButAnsweringUiThreadIsNotEnded() {
        watchdog.check();
        clock.advance(Duration.ofSeconds(25)); // a long screen change, say
        uiThreadRuns();
        clock.advance(Duration.ofSeconds(25));
        watchdog.check();
        assertEquals(0, exits.get());
    }
}
