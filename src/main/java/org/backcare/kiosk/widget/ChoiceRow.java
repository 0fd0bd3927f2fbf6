package org.backcare.kiosk.widget;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * A row of toggle buttons of which exactly one is chosen, like a segmented button, but wrapping
 * onto a second line when the words do not fit (Spanish, large text, a portrait screen) instead
 * of cutting them short. Tapping the chosen one again keeps it chosen.
 */
public class ChoiceRow extends FlowPane {

    private final ToggleGroup group = new ToggleGroup();

    public ChoiceRow() {
        getStyleClass().add("choice-row");
        getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                for (Node added : change.getAddedSubList()) {
                    if (added instanceof ToggleButton button) {
                        button.setToggleGroup(group);
                        button.setMinWidth(USE_PREF_SIZE);
                    }
                }
            }
        });
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    public ToggleGroup getToggleGroup() {
        return group;
    }
}
