package org.backcare.kiosk.session;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import java.util.logging.Logger;

/** Kiosk mode's locked window: full screen, undecorated; no close request, key or lost full screen leaves it. */
final class WindowLock {

    private static final Logger LOG = Logger.getLogger(WindowLock.class.getName());
    private static final KeyCombination ALT_F4 = KeyCombination.keyCombination("Alt+F4");

    private Stage lockedStage;

    /** Full screen, undecorated and guarded. Call before showing. */
    void lock(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        guard(stage);
    }

    /** Refuses close requests and undoes leaving full screen; the scene's key filter refuses the keys. */
    void guard(Stage stage) {
        lockedStage = stage;
        stage.setOnCloseRequest(e -> {
            if (lockedStage != null) {
                LOG.info("A close request was refused: the kiosk is locked");
                e.consume();
            }
        });
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full && lockedStage != null) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
    }

    void unlock() {
        lockedStage = null;
    }

    boolean isLocked() {
        return lockedStage != null;
    }

    /** F11 and Alt+F4: the keys that would leave a locked window. */
    static boolean leavesTheWindow(KeyEvent e) {
        return e.getCode() == KeyCode.F11 || ALT_F4.match(e);
    }
}
