package org.backcare.kiosk.screen.muscles;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.Section;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.SectionCards;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.ChoiceRow;
import org.backcare.kiosk.widget.DrawingView;
import org.backcare.kiosk.widget.SpineSideView;

import java.util.Locale;

/**
 * "Your back muscles": the back seen from behind, in layers a person peels with four buttons
 * (surface, middle, deep, bones). Tapping a muscle of the layer shown highlights it, dims the
 * others and shows a card about it; a part of the erector spinae shows its group's card too.
 */
public final class MusclesController extends TopicScreen {

    @FXML
    private StackPane diagramHolder;
    @FXML
    private VBox layers;
    @FXML
    private ToggleButton surfaceLayer;
    @FXML
    private ToggleButton middleLayer;
    @FXML
    private ToggleButton deepLayer;
    @FXML
    private ToggleButton boneLayer;
    @FXML
    private Label layerShown;
    @FXML
    private VBox detail;

    private DrawingView diagram;
    private MusclesViewModel model;
    private Card spineBends;

    public MusclesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        diagram = new DrawingView(context.content().drawing(context.content().muscles().diagram()));
        diagram.setId("anatomy");
        diagram.getStyleClass().add("anatomy-view");
        diagram.setAccessibleText(context.text("muscles.diagram"));
        // The back is tall and narrow, with the layer buttons beside it: it may take more of the height.
        diagram.setHeightLimit(780);
        diagram.setHeightShare(0.62);
        model = new MusclesViewModel(context.content().muscles().muscles());
        diagram.setOnRegionTapped(model::tap);
        diagram.setOnBesideTapped(model::clear);
        diagramHolder.getChildren().add(diagram);

        surfaceLayer.setUserData(Layer.SURFACE);
        middleLayer.setUserData(Layer.MIDDLE);
        deepLayer.setUserData(Layer.DEEP);
        boneLayer.setUserData(Layer.BONE);
        // A column, from the skin in, beside the tall picture; one is always chosen.
        ToggleGroup peel = new ToggleGroup();
        for (ToggleButton button : java.util.List.of(surfaceLayer, middleLayer, deepLayer, boneLayer)) {
            button.setToggleGroup(peel);
        }
        peel.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.showLayer((Layer) now.getUserData());
            }
        });
        spineBends = spineBends();
        model.layerProperty().addListener((o, was, now) -> showLayer());
        model.selectedProperty().addListener((o, was, now) -> showSelected());
        showLayer();
        showSelected();
    }

    private void showLayer() {
        Layer layer = model.layerProperty().get();
        diagram.getStyleClass().removeIf(c -> c.startsWith("show-"));
        diagram.getStyleClass().add("show-" + name(layer));
        diagram.showLayers(l -> !model.peeled(l));
        for (Muscle muscle : model.muscles()) {
            diagram.setTappable(muscle.id(), muscle.name(), model.tappable(muscle));
        }
        layerShown.setText(context.text("muscles.shown." + name(layer)));
        showSelected(); // the bones have their own card
    }

    private void showSelected() {
        Muscle chosen = model.selectedProperty().get();
        for (Muscle muscle : model.muscles()) {
            diagram.setPseudoClass(muscle.id(), DrawingView.SELECTED, model.highlighted(muscle));
            diagram.setPseudoClass(muscle.id(), DrawingView.LIT, model.lit(muscle));
            diagram.setPseudoClass(muscle.id(), DrawingView.DIMMED, model.dimmed(muscle));
        }
        detail.getChildren().clear();
        if (chosen != null) {
            detail.getChildren().add(card(chosen, "card-selected"));
            model.group(chosen).ifPresent(group -> detail.getChildren().add(card(group, "card-group")));
        } else if (model.layerProperty().get() == Layer.BONE) {
            Card bones = new Card().styled("card-note").heading(context.text("muscles.bonesHeading"), "mdi2i-information")
                    .text(context.text("muscles.bonesText"));
            bones.setId("bones-card");
            detail.getChildren().add(bones);
        } else {
            detail.getChildren().add(tapPrompt("muscles.tapPrompt", "muscles.tapHint"));
        }
        for (Section section : context.content().muscles().sections()) {
            detail.getChildren().add(SectionCards.of(section));
        }
        detail.getChildren().add(spineBends);
    }

    /** The spine from the side, bending forward (flexion) and leaning back (extension): what the exercises move. */
    private Card spineBends() {
        SpineSideView spine = new SpineSideView();
        spine.setId("spine-side");
        spine.setAccessibleText(context.text("spine.picture"));
        Label says = Card.wrapped(context.text("spine.tall"), "spine-says");
        says.setId("spine-says");
        ChoiceRow ways = new ChoiceRow();
        ways.getStyleClass().add("filter");
        String[][] choices = {{"bendForward", "spine.forwardButton", "spine.forward", "1"},
                {"standTall", "spine.tallButton", "spine.tall", "0"}, {"leanBack", "spine.backButton", "spine.back", "-1"}};
        for (String[] choice : choices) {
            ToggleButton button = new ToggleButton(context.text(choice[1]));
            button.setId(choice[0]);
            button.setUserData(choice);
            ways.getChildren().add(button);
            button.setSelected(choice[0].equals("standTall"));
        }
        ways.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                String[] choice = (String[]) now.getUserData();
                spine.bendTo(Double.parseDouble(choice[3]), true);
                says.setText(context.text(choice[2]));
            }
        });
        // Buttons, then the picture at its full size, then the words: a row beside the words left
        // the picture squeezed to a sliver when the words were long.
        spine.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane picture = new javafx.scene.layout.StackPane(spine);
        picture.getStyleClass().add("spine-picture");
        VBox row = new VBox(ways, picture, says);
        row.getStyleClass().add("spine-row");
        Card card = new Card().heading(context.text("spine.heading")).add(row);
        card.setId("spine-bends");
        return card;
    }

    private Card card(Muscle muscle, String style) {
        Card card = new Card().styled(style).tag(context.text("layer." + name(muscle.layer()) + ".tag"));
        model.group(muscle).ifPresent(group -> card.tag(context.text("muscles.partOf", group.name())));
        card.heading(muscle.name())
                .text(muscle.summary())
                .labelled(context.text("muscles.role"), muscle.role())
                .bullets(muscle.facts())
                .labelled(context.text("muscles.hurt"), muscle.howItHurts());
        card.setId("muscle-" + muscle.id());
        return card;
    }

    private static String name(Layer layer) {
        return layer.name().toLowerCase(Locale.ROOT);
    }
}
