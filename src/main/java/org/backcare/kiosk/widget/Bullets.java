package org.backcare.kiosk.widget;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** A bulleted or numbered list whose lines wrap with a hanging indent. */
public class Bullets extends VBox {

    public Bullets(List<String> items, boolean numbered) {
        getStyleClass().add(numbered ? "numbered-list" : "bullet-list");
        for (int i = 0; i < items.size(); i++) {
            Label marker = new Label(numbered ? (i + 1) + "." : "•");
            marker.getStyleClass().add("list-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            Label text = Card.wrapped(items.get(i), "list-text");
            HBox row = new HBox(marker, text);
            row.getStyleClass().add("list-row");
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().add(row);
        }
    }
}
