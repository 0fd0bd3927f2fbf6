package org.backcare.kiosk.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.ui.ScreenText;

/**
 * Says the name of each item the keyboard focuses, once the person has pressed Tab: the way a blind
 * person uses the kiosk with a keypad and headphones, since JavaFX has no screen-reader bridge on
 * Linux. A touch user never hears it; the idle reset forgets the keyboard again.
 */
final class FocusSpeech {

    private final Audio audio;
    private final Appearance appearance;
    private boolean keyboardUsed;
    private Scene scene;
    private final ChangeListener<Node> focusMoved = (o, was, now) -> say(now);

    FocusSpeech(Audio audio, Appearance appearance) {
        this.audio = audio;
        this.appearance = appearance;
    }

    void attach(Scene next) {
        if (!audio.canSpeak() || next == scene || next == null) {
            return;
        }
        scene = next;
        next.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !keyboardUsed) {
                keyboardUsed = true;
            }
        });
        next.focusOwnerProperty().addListener(focusMoved);
    }

    private void say(Node focused) {
        String name = ScreenText.nameOf(focused);
        if (keyboardUsed && !name.isBlank()) {
            audio.read(name, appearance.languageProperty().get());
        }
    }

    void forget() {
        keyboardUsed = false;
    }
}
