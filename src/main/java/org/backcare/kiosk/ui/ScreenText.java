package org.backcare.kiosk.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a screen shows, in reading order (the order of the scene graph: top to bottom, and left
 * to right within a row), for reading aloud; and the name a focused item has for a screen reader.
 */
public final class ScreenText {

    private ScreenText() {
    }

    /** The text of every visible label, button and text on {@code root}, one per line, nothing hidden. */
    public static String of(Node root) {
        List<String> lines = new ArrayList<>();
        collect(root, lines);
        return String.join("\n", lines);
    }

    private static void collect(Node node, List<String> lines) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            // A label's own text; its skin holds a copy of it as a Text, so its children are not read.
            // A button showing only its icon is read by its accessible name.
            String text = labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                    ? labeled.getAccessibleText() : labeled.getText();
            add(text, lines);
            if (labeled.getGraphic() != null && !(labeled.getGraphic() instanceof Text)) {
                collect(labeled.getGraphic(), lines);
            }
            return;
        }
        if (node instanceof Text text) {
            if (!(node instanceof FontIcon)) { // an icon's glyph is no word
                add(text.getText(), lines);
            }
            return;
        }
        if (node instanceof TextInputControl) {
            return;
        }
        if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), lines);
            }
            return;
        }
        if (node.getAccessibleRole() == AccessibleRole.IMAGE_VIEW && node.getAccessibleText() != null) {
            add(node.getAccessibleText(), lines);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, lines);
            }
        }
    }

    private static void add(String text, List<String> lines) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }

    /** What a screen reader would call a focused item: its accessible text, or else its own text. */
    public static String nameOf(Node node) {
        if (node == null) {
            return "";
        }
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            return labeled.getText();
        }
        return "";
    }
}
