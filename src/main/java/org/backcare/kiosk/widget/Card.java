package org.backcare.kiosk.widget;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * A card of related facts: a heading, short text and bullet points. Built with a small fluent
 * API so screens read like the content they show.
 */
public class Card extends VBox {

    public static final String STYLE_CLASS = "card";

    public Card() {
        getStyleClass().add(STYLE_CLASS);
        setFillWidth(true);
    }

    public Card(String heading) {
        this();
        heading(heading);
    }

    /** Adds style classes, e.g. "card-danger" for red flags. */
    public Card styled(String... styleClasses) {
        getStyleClass().addAll(styleClasses);
        return this;
    }

    public Card heading(String text) {
        getChildren().add(wrapped(text, "card-heading"));
        return this;
    }

    public Card heading(String text, String iconLiteral) {
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("card-icon");
        Label heading = wrapped(text, "card-heading");
        HBox row = new HBox(icon, heading);
        row.getStyleClass().add("card-heading-row");
        HBox.setHgrow(heading, Priority.ALWAYS);
        getChildren().add(row);
        return this;
    }

    /** A small label above the heading or text, like "Deep layer". */
    public Card tag(String text) {
        getChildren().add(wrapped(text, "card-tag"));
        return this;
    }

    public Card text(String text) {
        getChildren().add(wrapped(text, "card-text"));
        return this;
    }

    /** A text led by a bold label, like "May be related to: …". */
    public Card labelled(String label, String text) {
        Label l = wrapped(label, "card-label");
        getChildren().addAll(l, wrapped(text, "card-text"));
        return this;
    }

    public Card bullets(List<String> points) {
        if (!points.isEmpty()) {
            getChildren().add(new Bullets(points, false));
        }
        return this;
    }

    public Card numbered(List<String> steps) {
        getChildren().add(new Bullets(steps, true));
        return this;
    }

    public Card add(Node... nodes) {
        getChildren().addAll(nodes);
        return this;
    }

    /** A label that wraps and never truncates. */
    public static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
