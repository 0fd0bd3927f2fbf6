package org.backcare.kiosk.screen.exercises;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Section;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.SectionCards;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.ResponsiveGrid;
import org.backcare.kiosk.widget.ChoiceRow;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** "Stretches and exercises": how to choose, then a tile per exercise, filtered by direction. */
public final class ExercisesController extends TopicScreen {

    @FXML
    private ChoiceRow filter;
    @FXML
    private ToggleButton showAll;
    @FXML
    private ToggleButton showFlexion;
    @FXML
    private ToggleButton showExtension;
    @FXML
    private ToggleButton showGeneral;
    @FXML
    private ResponsiveGrid exerciseTiles;

    public ExercisesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        for (Section section : context.content().exercises().choosing()) {
            add(SectionCards.of(section));
        }
        showAll.setUserData(null);
        showFlexion.setUserData(Direction.FLEXION);
        showExtension.setUserData(Direction.EXTENSION);
        showGeneral.setUserData(Direction.GENERAL);
        filter.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) { // ChoiceRow keeps one chosen
                showTiles((Direction) now.getUserData());
            }
        });
        showTiles(null);
    }

    private void showTiles(Direction only) {
        exerciseTiles.getChildren().clear();
        for (Exercise exercise : context.content().exercises().exercises()) {
            if (only == null || exercise.direction() == only) {
                exerciseTiles.getChildren().add(tile(exercise));
            }
        }
    }

    private Button tile(Exercise exercise) {
        String direction = context.text("direction." + exercise.direction().name().toLowerCase(Locale.ROOT));
        Label name = Card.wrapped(exercise.name(), "tile-name");
        Label detail = Card.wrapped(direction + "\n" + ExerciseController.dose(context, exercise), "tile-detail");
        VBox text = new VBox(name, detail);
        text.getStyleClass().add("tile-text");
        HBox graphic = new HBox(new FontIcon(ExerciseController.icon(exercise.direction())), text);
        graphic.getStyleClass().add("tile-graphic");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button tile = new Button(null, graphic);
        tile.setAccessibleText(exercise.name());
        tile.setId("exercise-" + exercise.id());
        tile.getStyleClass().addAll("tile", "exercise-tile");
        tile.setOnAction(e -> context.navigator().go(new Route.ExercisePage(exercise.id())));
        return tile;
    }
}
