package org.backcare.kiosk.session;

import org.backcare.kiosk.ui.Texts;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backcare.kiosk.session.PinGuard;
import org.backcare.kiosk.widget.Card;

import java.util.logging.Logger;

/**
 * The staff way out of kiosk mode: a long press (3 s) on the invisible top-left corner opens a
 * PIN pad; the right PIN opens a small staff menu. Wrong PINs are counted and locked out by
 * {@link PinGuard}; tries are logged, the digits never.
 */
final class AdminAccess {

    static final Duration LONG_PRESS = Duration.seconds(3);
    /** The corner's size where there is no app bar (the attract screen). */
    static final double CORNER_SIZE = 96;
    /** The pad and the staff menu close themselves when nobody touches them for this long. */
    static final java.time.Duration UNTOUCHED_CLOSE = java.time.Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(AdminAccess.class.getName());

    /** What the staff menu can do. */
    interface Actions {
        void quit();

        void therapistMode();
    }

    private final PinGuard guard;
    private final java.time.Clock clock;
    private java.time.Instant lastUse = java.time.Instant.MIN;
    private final Texts texts;
    private final Actions actions;
    private final Region corner = new Region();
    private final StackPane overlay = new StackPane();
    private final Label dots = new Label();
    private final Label message = new Label();
    /** Tells staff, without a terminal, that the clinic's content folder was not used. */
    private final Label contentStatus = new Label();
    private int contentProblems;
    private final VBox pad;
    private final VBox menu;
    private final StringBuilder entered = new StringBuilder();
    private final GridPane keys = new GridPane();
    /** Counts PIN checks, so an answer that comes after the pad was closed is dropped. */
    private long checks;

    AdminAccess(PinGuard guard, java.time.Clock clock, Texts texts, Actions actions) {
        this.guard = guard;
        this.clock = clock;
        this.texts = texts;
        this.actions = actions;

        corner.setId("adminCorner");
        texts.describe(corner, "admin.corner");
        corner.getStyleClass().add("admin-corner");
        corner.setPrefSize(CORNER_SIZE, CORNER_SIZE);
        corner.setMaxSize(CORNER_SIZE, CORNER_SIZE);
        PauseTransition hold = new PauseTransition(LONG_PRESS);
        hold.setOnFinished(e -> open());
        corner.setOnMousePressed(e -> hold.playFromStart());
        corner.setOnMouseReleased(e -> hold.stop());
        corner.setOnMouseExited(e -> hold.stop());

        dots.setId("pinDots");
        dots.getStyleClass().add("pin-dots");
        message.setId("pinMessage");
        message.setWrapText(true);
        message.getStyleClass().add("danger-text");
        keys.getStyleClass().add("pin-pad");
        for (int d = 1; d <= 10; d++) {
            int digit = d % 10;
            Button key = key(Integer.toString(digit), "pin-" + digit);
            key.setOnAction(e -> digit(digit));
            keys.add(key, digit == 0 ? 1 : (d - 1) % 3, digit == 0 ? 3 : (d - 1) / 3);
        }
        Button clear = texts.bind(key("", "pinClear"), "admin.clear");
        clear.setOnAction(e -> clear());
        keys.add(clear, 0, 3);
        Button enter = texts.bind(key("", "pinEnter"), "admin.enter");
        enter.setOnAction(e -> enter());
        keys.add(enter, 2, 3);
        Button cancel = texts.bind(new Button(), "admin.cancel");
        cancel.setId("pinCancel");
        cancel.getStyleClass().add("link-button");
        cancel.setOnAction(e -> close());
        pad = new VBox(texts.bind(Card.wrapped("", "overlay-title"), "admin.title"), dots, keys, message, cancel);
        pad.getStyleClass().add("overlay-card");

        Button quit = menuButton("admin.quit", "adminQuit");
        quit.setOnAction(e -> {
            LOG.info("Staff left the kiosk");
            actions.quit();
        });
        Button therapist = menuButton("admin.therapist", "adminTherapist");
        therapist.setOnAction(e -> {
            close();
            actions.therapistMode();
        });
        Button back = menuButton("admin.cancel", "adminCancel");
        back.setOnAction(e -> close());
        contentStatus.setId("adminContentStatus");
        contentStatus.setWrapText(true);
        contentStatus.getStyleClass().add("danger-text");
        contentStatus.setVisible(false);
        contentStatus.setManaged(false);
        menu = new VBox(texts.bind(Card.wrapped("", "overlay-title"), "admin.menu"), contentStatus, quit, therapist, back);
        menu.getStyleClass().add("overlay-card");
        menu.setId("adminMenu");

        overlay.getStyleClass().add("overlay");
        overlay.setId("adminOverlay");
        overlay.setVisible(false);
        overlay.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> used());
        overlay.addEventFilter(javafx.scene.input.TouchEvent.TOUCH_PRESSED, e -> used());
        overlay.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> used());
    }

    private void used() {
        lastUse = clock.instant();
    }

    private static Button key(String text, String id) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add("pin-key");
        return key;
    }

    private Button menuButton(String key, String id) {
        Button button = texts.bind(new Button(), key);
        button.setId(id);
        button.getStyleClass().add("answer");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** How many problems kept the clinic's content folder from being used (0: none, or no folder). */
    void contentProblems(int count) {
        contentProblems = count;
    }

    Region corner() {
        return corner;
    }

    StackPane overlay() {
        return overlay;
    }

    /** Opens the PIN pad (the long press calls this). */
    void open() {
        used();
        checks++;
        keys.setDisable(false);
        clear();
        overlay.getChildren().setAll(pad);
        overlay.setVisible(true);
        showLock();
    }

    void close() {
        checks++;
        keys.setDisable(false);
        clear();
        overlay.setVisible(false);
    }

    boolean isOpen() {
        return overlay.isVisible();
    }

    private void digit(int digit) {
        if (entered.length() < 12) {
            entered.append(digit);
            dots.setText("•".repeat(entered.length()));
        }
    }

    private void clear() {
        entered.setLength(0);
        dots.setText("");
        message.setText("");
    }

    /**
     * Checks the PIN off the JavaFX thread: the hash is slow on purpose (a fraction of a second,
     * longer on a slow PC), and the screen must not freeze meanwhile. The keys wait for the answer.
     */
    private void enter() {
        String pin = entered.toString();
        entered.setLength(0);
        dots.setText("");
        keys.setDisable(true);
        message.setText(texts.get("admin.checking"));
        long asked = ++checks;
        Thread check = new Thread(() -> {
            PinGuard.Result result = guard.attempt(pin);
            javafx.application.Platform.runLater(() -> answer(asked, result));
        }, "admin-pin-check");
        check.setDaemon(true);
        check.start();
    }

    private void answer(long asked, PinGuard.Result result) {
        if (asked != checks) {
            return; // the pad was closed meanwhile (Cancel, the idle reset): the answer is for nobody
        }
        keys.setDisable(false);
        message.setText("");
        switch (result) {
            case ACCEPTED -> {
                LOG.info("Admin PIN accepted");
                contentStatus.setText(contentProblems == 0 ? "" : texts.format("admin.contentProblems", contentProblems));
                contentStatus.setVisible(contentProblems > 0);
                contentStatus.setManaged(contentProblems > 0);
                overlay.getChildren().setAll(menu);
            }
            case WRONG -> {
                LOG.warning("Wrong admin PIN entered");
                message.setText(texts.format("admin.wrong", guard.triesLeft()));
            }
            case LOCKED -> {
                LOG.warning("Admin PIN entry locked after repeated wrong tries");
                showLock();
            }
            case NO_PIN_SET -> message.setText(texts.get("admin.noPin"));
        }
    }

    private void showLock() {
        if (guard.locked()) {
            message.setText(texts.format("admin.locked", guard.secondsLocked()));
        }
    }

    /** Closes the pad or the staff menu when nobody has touched it for {@link #UNTOUCHED_CLOSE}. */
    void closeIfUntouched() {
        if (isOpen() && !clock.instant().isBefore(lastUse.plus(UNTOUCHED_CLOSE))) {
            LOG.info("The staff PIN pad was left untouched; closed");
            close();
        }
    }

    /** Refreshes the lock-out countdown; called every tick while the pad is open. */
    void tick() {
        if (isOpen() && guard.locked()) {
            showLock();
        }
    }
}
