package org.backcare.kiosk.settings;

import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.app.DisplayPower;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenOffScheduleTest {

    @Test
    void aSpanAcrossMidnight() {
        ScreenOffSchedule night = ScreenOffSchedule.parse("22:00-07:00").orElseThrow();
        assertTrue(night.isOff(LocalTime.of(22, 0)));
        assertTrue(night.isOff(LocalTime.of(23, 59)));
        assertTrue(night.isOff(LocalTime.of(0, 0)));
        assertTrue(night.isOff(LocalTime.of(6, 59)));
        assertFalse(night.isOff(LocalTime.of(7, 0)));
        assertFalse(night.isOff(LocalTime.of(12, 0)));
        assertFalse(night.isOff(LocalTime.of(21, 59)));
        assertEquals("22:00-07:00", night.toString());
    }

    @Test
    void aSpanWithinADay() {
        ScreenOffSchedule lunch = ScreenOffSchedule.parse(" 12:30-13:15 ").orElseThrow();
        assertFalse(lunch.isOff(LocalTime.of(12, 29)));
        assertTrue(lunch.isOff(LocalTime.of(12, 30)));
        assertTrue(lunch.isOff(LocalTime.of(13, 14)));
        assertFalse(lunch.isOff(LocalTime.of(13, 15)));
    }

    @Test
    void badSpansAreRefused() {
        for (String bad : List.of("", "22-7", "22:00", "24:00-07:00", "22:00-07:60", "7:00-9:00", "22:00-22:00", "x")) {
            assertTrue(ScreenOffSchedule.parse(bad).isEmpty(), bad);
        }
    }

    /** DPMS off when the span starts, again at every check while it lasts (a touch may wake it), on when it ends. */
    @Test
    void theDisplayGoesOffAndComesBackOnSchedule() {
        TestClock clock = new TestClock(); // 09:00 UTC
        List<Boolean> calls = new ArrayList<>();
        DisplayPower power = new DisplayPower(ScreenOffSchedule.parse("09:30-10:00").orElseThrow(), clock, calls::add);
        power.check();
        assertEquals(List.of(), calls, "outside the span at start: nothing is switched");
        clock.advance(Duration.ofMinutes(30));
        power.check();
        assertEquals(List.of(false), calls);
        clock.advance(Duration.ofMinutes(1));
        power.check();
        assertEquals(List.of(false, false), calls, "kept off while the span lasts");
        clock.advance(Duration.ofMinutes(29));
        power.check();
        power.check();
        assertEquals(List.of(false, false, true), calls, "on once when the span ends");
    }
}
