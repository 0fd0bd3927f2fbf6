package org.backcare.kiosk.app;

import org.backcare.kiosk.settings.ScreenOffSchedule;
import java.time.Clock;
import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Applies the screen-off schedule: {@link #check()} (called every half minute or so) switches the
 * display off while the schedule says so, and on again when the span ends. While off it switches
 * off again at every check, so a screen woken by a touch at night goes dark a little later. How the
 * display is switched (DPMS through {@code xset}) is the caller's {@code power} action, given true for
 * on and false for off.
 */
public final class DisplayPower {

    private static final Logger LOG = Logger.getLogger(DisplayPower.class.getName());

    private final ScreenOffSchedule schedule;
    private final Clock clock;
    private final Consumer<Boolean> power;
    private Boolean off;

    public DisplayPower(ScreenOffSchedule schedule, Clock clock, Consumer<Boolean> power) {
        this.schedule = schedule;
        this.clock = clock;
        this.power = power;
    }

    public void check() {
        boolean shouldBeOff = schedule.isOff(LocalTime.now(clock));
        if (shouldBeOff) {
            if (!Boolean.TRUE.equals(off)) {
                LOG.info(() -> "Screen-off time (" + schedule + "): switching the display off");
            }
            off = true;
            power.accept(false);
        } else if (off == null || off) {
            if (off != null) {
                LOG.info(() -> "Screen-off time (" + schedule + ") is over: switching the display on");
                power.accept(true);
            }
            off = false;
        }
    }
}
