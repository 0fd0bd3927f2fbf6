package org.backcare.kiosk.screen;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.kiosk.IdleTimer;
import org.backcare.kiosk.widget.Card;

/**
 * The "Still there?" overlay: shown when the kiosk has been idle, counting down large, with
 * "I'm still here"; when the countdown ends, {@code onExpired} resets the kiosk.
 */
final class IdleWatch {

    private final IdleTimer timer;
    private final Runnable onExpired;
    private final StackPane overlay = new StackPane();
    private final Label countdown = new Label();
    private boolean enabled;

    IdleWatch(IdleTimer timer, Texts texts, Runnable onExpired) {
        this.timer = timer;
        this.onExpired = onExpired;
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

    /** Looks at the clock: shows or updates the countdown, or resets. */
    void check() {
        if (!enabled) {
            return;
        }
        IdleTimer.State state = timer.state();
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
