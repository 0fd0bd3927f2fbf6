package org.backcare.kiosk.session;

import org.backcare.kiosk.screen.ScreenRegistry;
import org.backcare.kiosk.screen.Screens;
import org.backcare.kiosk.screen.TakeHome;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.Viewports;

import java.util.ResourceBundle;

/** The therapist's side panel: one button for every screen, exercise, picker result and walkthrough. */
final class TherapistPanel {

    private final ScrollPane panel;

    TherapistPanel(Screens screens, Navigator navigator, ResourceBundle messages, TakeHome takeHome) {
        VBox list = new VBox();
        list.getStyleClass().add("therapist-list");
        // The handout the therapist is putting together, first: it is where "Add to handout" leads.
        Button plan = new Button("", new FontIcon("mdi2c-clipboard-list-outline"));
        plan.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> new java.text.MessageFormat(messages.getString("therapist.plan"), messages.getLocale())
                        .format(new Object[] {takeHome.planSizeProperty().get()}), takeHome.planSizeProperty()));
        plan.setId("jump-plan");
        plan.getStyleClass().addAll("jump-button", "jump-plan");
        plan.setMaxWidth(Double.MAX_VALUE);
        plan.setOnAction(e -> navigator.go(ScreenRegistry.PLAN));
        list.getChildren().add(plan);
        list.getChildren().add(Card.wrapped(messages.getString("therapist.panel"), "card-heading"));
        PickerEngine engine = screens.content().picker();
        for (Route route : ScreenRegistry.listed(screens.content())) {
            String label = screens.title(route);
            if (route instanceof Route.PickerStep step) {
                Step next = engine.next(step.answers());
                label = next instanceof Step.Finish f ? label + ": " + f.result().title()
                        : label + ": " + ((Step.Ask) next).question().text();
            } else if (route instanceof Route.Walkthrough) {
                label = label + " (" + messages.getString("walkthrough.start") + ")";
            }
            Button jump = new Button(label);
            jump.setId("jump-" + screens.fileName(route));
            jump.getStyleClass().add("jump-button");
            jump.setMaxWidth(Double.MAX_VALUE);
            jump.setOnAction(e -> navigator.go(route));
            list.getChildren().add(jump);
        }
        panel = new ScrollPane(list);
        Viewports.uncache(panel);
        panel.setFitToWidth(true);
        panel.setPannable(true);
        panel.getStyleClass().add("therapist-panel");
        panel.setId("therapistPanel");
    }

    ScrollPane node() {
        return panel;
    }
}
