package org.backcare.kiosk.ui;

import javafx.application.Platform;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs something on the JavaFX thread now and then, without an animation. A running JavaFX
 * {@code Timeline}, even one whose key frame comes every few seconds, keeps the toolkit's pulse at
 * 60 a second for as long as it runs; on the software renderer those empty pulses cost an idle kiosk
 * about 3 % of a core (docs/PERFORMANCE.md). A tick from here wakes the JavaFX thread only when it
 * is due, and draws a frame only when the tick changed something on screen.
 *
 * <p>The ticker holds its owner weakly: a screen or a session that is gone stops its ticks and can
 * be collected, even if nobody called {@link Ticks#stop()}.
 */
public final class FxTicker {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kiosk ticks");
        thread.setDaemon(true);
        return thread;
    });

    private FxTicker() {
    }

    /** Ticks that can be stopped. */
    public interface Ticks {
        void stop();
    }

    /**
     * Calls {@code action} with the owner on the JavaFX thread every {@code period}, the first time
     * one period from now, until stopped or until the owner is collected.
     */
    public static <T> Ticks every(Duration period, T owner, Consumer<? super T> action) {
        return schedule(period, owner, action, true);
    }

    /** Calls {@code action} with the owner on the JavaFX thread once, {@code delay} from now, unless stopped first. */
    public static <T> Ticks after(Duration delay, T owner, Consumer<? super T> action) {
        return schedule(delay, owner, action, false);
    }

    private static <T> Ticks schedule(Duration period, T owner, Consumer<? super T> action, boolean repeat) {
        WeakReference<T> weak = new WeakReference<>(owner);
        Holder holder = new Holder();
        Runnable task = () -> {
            if (weak.get() == null) {
                holder.stop();
                return;
            }
            Platform.runLater(() -> {
                T target = weak.get();
                if (target == null) {
                    holder.stop();
                } else if (!holder.stopped) {
                    action.accept(target);
                }
            });
        };
        long nanos = Math.max(1, period.toNanos());
        holder.future = repeat
                ? TIMER.scheduleWithFixedDelay(task, nanos, nanos, TimeUnit.NANOSECONDS)
                : TIMER.schedule(task, nanos, TimeUnit.NANOSECONDS);
        return holder;
    }

    private static final class Holder implements Ticks {
        private volatile ScheduledFuture<?> future;
        private volatile boolean stopped;

        @Override
        public void stop() {
            stopped = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
