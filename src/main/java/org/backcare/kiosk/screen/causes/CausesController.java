package org.backcare.kiosk.screen.causes;

import javafx.fxml.FXML;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Cause;
import org.backcare.kiosk.content.Drawing;
import org.backcare.kiosk.content.PainSource;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.screen.UrgencyLook;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.DrawingView;

import java.util.stream.Collectors;

/**
 * "Why does it hurt?": a body map where tapping a source (heart, lungs, kidneys, lower neck
 * joints) lights the places its pain may be felt; then strain, spasm and referred pain.
 */
public final class CausesController extends TopicScreen {

    @FXML
    private StackPane mapHolder;
    @FXML
    private VBox detail;
    @FXML
    private HBox captions;

    private DrawingView map;
    private CausesViewModel model;

    public CausesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        model = new CausesViewModel(context.content().causes().causes().stream()
                .flatMap(c -> c.sources().stream()).toList());
        map = new DrawingView(context.content().drawing(context.content().causes().bodyMap()));
        map.setId("body-map");
        map.setHeightLimit(520);
        map.setAccessibleText(context.text("causes.map"));
        for (PainSource source : model.sources()) {
            map.setTappable(source.id(), source.name(), true);
            source.areas().forEach(area -> map.setTappable(area, null, false));
        }
        map.setOnRegionTapped(model::tap);
        map.setOnBesideTapped(model::clear);
        mapHolder.getChildren().add(map);
        // "Front" and "Back" sit under the two figures: as wide as the drawing, not the card.
        Drawing drawing = context.content().drawing(context.content().causes().bodyMap());
        captions.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(map.getWidth(), map.getHeight() * drawing.width() / drawing.height()),
                map.widthProperty(), map.heightProperty()));
        model.selectedProperty().addListener((o, was, now) -> showSelected());
        showSelected();

        for (Cause cause : context.content().causes().causes()) {
            Card card = new Card().heading(cause.name()).text(cause.summary()).bullets(cause.points());
            if (cause.example() != null) {
                card.add(new Card().styled("card-example").labelled(context.text("causes.example"), cause.example()));
            }
            if (!cause.sources().isEmpty()) {
                card.text(context.text("causes.sourcesOnMap",
                        cause.sources().stream().map(PainSource::name).collect(Collectors.joining(", "))));
            }
            card.setId("cause-" + cause.id());
            add(card);
        }
    }

    private void showSelected() {
        PainSource chosen = model.selectedProperty().get();
        for (PainSource source : model.sources()) {
            map.setPseudoClass(source.id(), DrawingView.SELECTED, source == chosen);
            map.setPseudoClass(source.id(), DrawingView.DIMMED, model.dimmed(source));
            source.areas().forEach(area -> map.setPseudoClass(area, DrawingView.LIT, false));
        }
        detail.getChildren().clear();
        if (chosen == null) {
            detail.getChildren().add(tapPrompt("causes.tapPrompt", "causes.tapHint"));
            return;
        }
        model.litAreas().forEach(area -> map.setPseudoClass(area, DrawingView.LIT, true));
        Card card = new Card().styled("card-selected").heading(chosen.name())
                .labelled(context.text("causes.feltIn"), chosen.feltIn())
                .text(chosen.explanation());
        if (chosen.urgency().seeDoctor()) {
            UrgencyLook.mark(card, context, chosen.urgency());
        }
        card.setId("source-card-" + chosen.id());
        detail.getChildren().add(card);
    }
}
