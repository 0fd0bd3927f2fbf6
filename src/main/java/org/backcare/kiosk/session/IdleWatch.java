package org.backcare.kiosk.session;

import org.backcare.kiosk.ui.Texts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.session.IdleTimer;
import org.backcare.kiosk.widget.Card;

/**
 * The "Still there?" overlay: shown when the kiosk has been idle, counting down large, with
 * "I'm still here"; when the countdown ends, {@code onExpired} resets the kiosk.
 */
final class IdleWatch {

    private final IdleTimer timer;
    private final Runnable onExpired;
    private final java.util.function.BooleanSupplier nobodyThere;
    private final Runnable quietReset;
    private final StackPane overlay = new StackPane();
    private final Label countdown = new Label();
    private boolean enabled;

    /**
     * @param nobodyThere true on a screen nobody is using (the attract screen): there the idle wait
     *                    asks no "Still there?" and, when it runs out, only {@code quietReset} runs
     */
    IdleWatch(IdleTimer timer, Texts texts, Runnable onExpired, java.util.function.BooleanSupplier nobodyThere,
              Runnable quietReset) {
        this.timer = timer;
        this.onExpired = onExpired;
        this.nobodyThere = nobodyThere;
        this.quietReset = quietReset;
        Label title = texts.bind(Card.wrapped("", "overlay-title"), "idle.title");
        Label text = texts.bind(Card.wrapped("", "lead"), "idle.text");
        countdown.setId("idleCountdown");
        countdown.getStyleClass().add("countdown");
        Button stay = texts.bind(new Button(), "idle.stay");
        stay.setId("stillHere");
        stay.getStyleClass().add("main-action");
        stay.setOnAction(e -> touch());
        VBox card = new VBox(title, text, countdown, stay);
        card.getStyleClass().add("overlay-card");
        overlay.getChildren().add(card);
        overlay.getStyleClass().add("overlay");
        overlay.setId("idleOverlay");
        overlay.setVisible(false);
    }

    StackPane overlay() {
        return overlay;
    }

    /** Whether idle resets happen at all (not in classroom mode, not while the therapist panel is open). */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        timer.touch();
        overlay.setVisible(false);
    }

    void touch() {
        timer.touch();
        overlay.setVisible(false);
    }

    /** Something on screen (a running hold timer) counts as activity until then. */
    void busyUntil(java.time.Instant until) {
        timer.busyUntil(until);
    }

    /** How soon {@link #check} has something to do: at once while the countdown shows, else when the timer's state changes. */
    java.time.Duration untilNextCheck() {
        return overlay.isVisible() ? java.time.Duration.ZERO : timer.untilNextChange();
    }

    /** Looks at the clock: shows or updates the countdown, or resets. */
    void check() {
        if (!enabled) {
            return;
        }
        IdleTimer.State state = timer.state();
        if (nobodyThere.getAsBoolean()) {
            // Nobody to ask "Still there?": put the clinic's start settings back without a word.
            overlay.setVisible(false);
            if (state instanceof IdleTimer.State.Expired) {
                timer.touch();
                quietReset.run();
            }
            return;
        }
        if (state instanceof IdleTimer.State.Warning warning) {
            countdown.setText(Long.toString(warning.secondsLeft()));
            overlay.setVisible(true);
        } else if (state instanceof IdleTimer.State.Expired) {
            overlay.setVisible(false);
            timer.touch();
            onExpired.run();
        } else {
            overlay.setVisible(false);
        }
    }
}
