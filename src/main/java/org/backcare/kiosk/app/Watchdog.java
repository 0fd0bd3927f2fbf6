package org.backcare.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Notices a hung kiosk: every few seconds {@link #check()} (on a thread of its own) sends a ping
 * through {@code uiThread} (the JavaFX thread's {@code Platform::runLater}); when no ping has come
 * back for longer than {@code limit}, it logs why and runs {@code exit}, which ends the process with
 * a non-zero code so the kiosk session or its service starts it again. Plain logic with a
 * {@link Clock}, so tests wait no real time.
 */
public final class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class.getName());

    /** The exit code of a kiosk the watchdog ended. */
    public static final int EXIT_CODE = 70;

    private final Duration limit;
    private final Clock clock;
    private final Executor uiThread;
    private final Runnable exit;
    private volatile Instant lastAnswer;
    private volatile boolean pingOut;
    private volatile boolean fired;
    private volatile Thread uiThreadSeen;

    public Watchdog(Duration limit, Clock clock, Executor uiThread, Runnable exit) {
        this.limit = limit;
        this.clock = clock;
        this.uiThread = uiThread;
        this.exit = exit;
        this.lastAnswer = clock.instant();
    }

    /** One look: fire if the UI thread has not answered within the limit, otherwise ping it again. */
    public void check() {
        if (fired) {
            return;
        }
        Duration silent = Duration.between(lastAnswer, clock.instant());
        if (silent.compareTo(limit) > 0) {
            fired = true;
            LOG.severe(() -> "Watchdog: the JavaFX thread has not answered for " + silent.toSeconds()
                    + " s (limit " + limit.toSeconds() + " s, the watchdogSeconds setting); "
                    + "exiting with code " + EXIT_CODE + " so the kiosk is started again. "
                    + "The JavaFX thread was: " + describe(uiThreadSeen));
            exit.run();
            return;
        }
        if (!pingOut) {
            pingOut = true;
            uiThread.execute(() -> {
                lastAnswer = clock.instant();
                uiThreadSeen = Thread.currentThread();
                pingOut = false;
            });
        }
    }

    private static String describe(Thread thread) {
        if (thread == null) {
            return "never seen";
        }
        StringBuilder text = new StringBuilder(thread.getName()).append(' ').append(thread.getState());
        StackTraceElement[] stack = thread.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 12); i++) {
            text.append("\n    at ").append(stack[i]);
        }
        return text.toString();
    }
}
