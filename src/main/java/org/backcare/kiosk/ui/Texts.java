package org.backcare.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The UI strings of the parts that outlive a screen (the app bar, the overlays): each labelled node
 * is registered with its key, so a language switch relabels them all at once.
 */
public final class Texts {

    private ResourceBundle messages;
    private final Map<Labeled, String> keyed = new LinkedHashMap<>();
    private final Map<Node, String> described = new LinkedHashMap<>();

    public Texts(ResourceBundle messages) {
        this.messages = messages;
    }

    public ResourceBundle messages() {
        return messages;
    }

    public String get(String key) {
        return messages.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    /** Sets the node's text (and a button's accessible text) from {@code key}, now and after each switch. */
    public <T extends Labeled> T bind(T node, String key) {
        keyed.put(node, key);
        apply(node, key);
        return node;
    }

    /** Sets the accessible text of a node without visible text (a picture, a hidden corner), now and after each switch. */
    public <T extends Node> T describe(T node, String key) {
        described.put(node, key);
        node.setAccessibleText(messages.getString(key));
        return node;
    }

    /** Switches language: every registered node is relabelled. */
    public void use(ResourceBundle next) {
        messages = next;
        keyed.forEach(this::apply);
        described.forEach((node, key) -> node.setAccessibleText(messages.getString(key)));
    }

    private void apply(Labeled node, String key) {
        node.setText(messages.getString(key));
        if (node instanceof ButtonBase) {
            node.setAccessibleText(messages.getString(key));
        }
    }
}
