package org.backcare.kiosk.screen.muscles;

import javafx.fxml.FXML;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.Section;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.SectionCards;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.DrawingView;
import org.backcare.kiosk.widget.ChoiceRow;

import java.util.Locale;

/**
 * "Your back muscles": a back view where tapping a muscle highlights it, dims the others and
 * shows a card about it; a deep/superficial toggle shows the multifidi or the erector spinae
 * over them.
 */
public final class MusclesController extends TopicScreen {

    @FXML
    private StackPane diagramHolder;
    @FXML
    private ChoiceRow layers;
    @FXML
    private ToggleButton superficialLayer;
    @FXML
    private ToggleButton deepLayer;
    @FXML
    private VBox detail;

    private DrawingView diagram;
    private MusclesViewModel model;

    public MusclesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        diagram = new DrawingView(context.content().drawing(context.content().muscles().diagram()));
        diagram.setId("anatomy");
        diagram.setAccessibleText(context.text("muscles.diagram"));
        model = new MusclesViewModel(context.content().muscles().muscles());
        diagram.setOnRegionTapped(model::tap);
        diagram.setOnMouseClicked(e -> model.clear());
        diagramHolder.getChildren().add(diagram);

        superficialLayer.setUserData(Layer.SUPERFICIAL);
        deepLayer.setUserData(Layer.DEEP);
        layers.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) { // ChoiceRow keeps one chosen
                model.showLayer((Layer) now.getUserData());
            }
        });
        model.layerProperty().addListener((o, was, now) -> showLayer());
        model.selectedProperty().addListener((o, was, now) -> showSelected());
        showLayer();
        showSelected();
    }

    private void showLayer() {
        Layer layer = model.layerProperty().get();
        diagram.getStyleClass().removeAll("show-deep", "show-superficial");
        diagram.getStyleClass().add("show-" + layer.name().toLowerCase(Locale.ROOT));
        for (Muscle muscle : model.muscles()) {
            diagram.setTappable(muscle.id(), muscle.name(), model.tappable(muscle));
        }
    }

    private void showSelected() {
        Muscle chosen = model.selectedProperty().get();
        for (Muscle muscle : model.muscles()) {
            diagram.setPseudoClass(muscle.id(), DrawingView.SELECTED, muscle == chosen);
            diagram.setPseudoClass(muscle.id(), DrawingView.DIMMED, model.dimmed(muscle));
        }
        detail.getChildren().clear();
        if (chosen == null) {
            detail.getChildren().add(tapPrompt("muscles.tapPrompt", "muscles.tapHint"));
        } else {
            detail.getChildren().add(card(chosen));
        }
        for (Section section : context.content().muscles().sections()) {
            detail.getChildren().add(SectionCards.of(section));
        }
    }

    private Card card(Muscle muscle) {
        Card card = new Card().styled("card-selected")
                .tag(context.text("layer." + muscle.layer().name().toLowerCase(Locale.ROOT)))
                .heading(muscle.name())
                .text(muscle.summary())
                .labelled(context.text("muscles.role"), muscle.role())
                .bullets(muscle.facts())
                .labelled(context.text("muscles.hurt"), muscle.howItHurts());
        card.setId("muscle-" + muscle.id());
        return card;
    }
}
