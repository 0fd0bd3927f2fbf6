package org.backcare.kiosk.app;

import javafx.application.Platform;
import org.backcare.kiosk.app.DisplayPower;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.app.Watchdog;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * What keeps a kiosk-mode kiosk going for weeks without anyone near it: the watchdog on the JavaFX
 * thread and the screen-off schedule, on one daemon thread of their own.
 */
final class Unattended {

    private static final Logger LOG = Logger.getLogger(Unattended.class.getName());

    /** Test hook (installer/session-test.sh): block the JavaFX thread this many seconds after start. */
    static final String STALL_HOOK = "BACKCARE_TEST_STALL_FX_AFTER_SECONDS";

    private static final long CHECK_SECONDS = 2;
    private static final long SCREEN_CHECK_SECONDS = 30;

    private Unattended() {
    }

    static void start(Settings settings) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kiosk watchdog");
            thread.setDaemon(true);
            return thread;
        });
        Watchdog watchdog = new Watchdog(Duration.ofSeconds(settings.watchdogSeconds()), Clock.systemUTC(),
                Platform::runLater, Unattended::exitForRestart);
        timer.scheduleWithFixedDelay(watchdog::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> "Watchdog on: the kiosk exits with code " + Watchdog.EXIT_CODE + " if its JavaFX thread stalls for "
                + settings.watchdogSeconds() + " s");
        if (settings.screenOff() != null) {
            DisplayPower power = new DisplayPower(settings.screenOff(), Clock.systemDefaultZone(), Unattended::dpms);
            timer.scheduleWithFixedDelay(power::check, 0, SCREEN_CHECK_SECONDS, TimeUnit.SECONDS);
        }
        stallHook();
    }

    /** Ends the process at once: a stalled JavaFX thread could hold up an orderly exit. */
    private static void exitForRestart() {
        for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
            handler.flush();
        }
        System.err.println("BackCare Kiosk: the watchdog ended the kiosk (exit " + Watchdog.EXIT_CODE + "); see the log");
        Runtime.getRuntime().halt(Watchdog.EXIT_CODE);
    }

    /** Switches the display through DPMS; the kiosk session turns DPMS's own timeouts off. */
    private static void dpms(boolean on) {
        try {
            Process xset = new ProcessBuilder(List.of("xset", "dpms", "force", on ? "on" : "off"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!xset.waitFor(10, TimeUnit.SECONDS)) {
                xset.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot switch the display " + (on ? "on" : "off") + " (is xset installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Only for tests of the watchdog: honoured only when its environment variable is set. */
    private static void stallHook() {
        String after = System.getenv(STALL_HOOK);
        if (after == null || after.isBlank()) {
            return;
        }
        long seconds;
        try {
            seconds = Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> STALL_HOOK + " must be a number of seconds, got \"" + after + "\"; ignored");
            return;
        }
        LOG.warning(() -> "Test hook " + STALL_HOOK + ": the JavaFX thread will stall in " + seconds + " s");
        Thread stall = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> {
                LOG.warning("Test hook: stalling the JavaFX thread now");
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }, "stall hook");
        stall.setDaemon(true);
        stall.start();
    }
}
