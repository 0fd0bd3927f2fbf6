package org.backcare.kiosk.widget;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A heading that opens and closes the text under it. Unlike a TitledPane, its heading wraps onto
 * more lines when it is long (Spanish, large text), so it never widens the card it sits in.
 */
public class Expander extends VBox {

    private final ToggleButton header;

    public Expander(String title, String iconLiteral, Node body) {
        FontIcon chevron = new FontIcon("mdi2c-chevron-right");
        chevron.getStyleClass().add("expander-chevron");
        HBox graphic = new HBox(chevron, new FontIcon(iconLiteral));
        graphic.setAlignment(Pos.CENTER_LEFT);
        graphic.getStyleClass().add("expander-icons");
        header = new ToggleButton(title, graphic);
        header.getStyleClass().add("title");
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMinHeight(USE_PREF_SIZE);
        header.setAccessibleText(title);
        body.visibleProperty().bind(header.selectedProperty());
        body.managedProperty().bind(header.selectedProperty());
        header.selectedProperty().addListener((o, was, open) ->
                chevron.setIconLiteral(open ? "mdi2c-chevron-down" : "mdi2c-chevron-right"));
        getChildren().addAll(header, body);
        getStyleClass().add("expander");
    }

    public BooleanProperty expandedProperty() {
        return header.selectedProperty();
    }

    public boolean isExpanded() {
        return header.isSelected();
    }

    public void setExpanded(boolean expanded) {
        header.setSelected(expanded);
    }
}
