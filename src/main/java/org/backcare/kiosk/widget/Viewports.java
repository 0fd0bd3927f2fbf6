package org.backcare.kiosk.widget;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes without the picture cache JavaFX's skin puts on their viewport.
 *
 * <p>{@code ScrollPaneSkin} caches the viewport as one picture the size of the screen. Our screens
 * are scroll panes, some with a moving figure inside, so the picture was drawn again on every frame
 * and then copied; without a graphics card each one is a multi-megabyte array, kept in the
 * renderer's pool after its screen has gone (softly held: freed only when the heap is nearly full).
 * The benchmark saw the heap grow by gigabytes over a few thousand screen changes, and the garbage
 * collector's longer pauses as dropped frames. Without the cache, a screen is drawn straight to the
 * window.
 */
public final class Viewports {

    private Viewports() {
    }

    /** Every scroll pane in {@code root}, including ones inside another's content, now and after each new skin. */
    public static void uncacheAll(Node root) {
        if (root instanceof ScrollPane pane) {
            uncache(pane);
            if (pane.getContent() != null) {
                uncacheAll(pane.getContent()); // its children, once skinned, only wrap this content
            }
        } else if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                uncacheAll(child);
            }
        }
    }

    /** Turns the viewport's cache off once the skin exists (the skin makes the viewport). */
    public static void uncache(ScrollPane pane) {
        pane.skinProperty().addListener((o, was, now) -> turnOff(pane));
        turnOff(pane);
    }

    private static void turnOff(ScrollPane pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
