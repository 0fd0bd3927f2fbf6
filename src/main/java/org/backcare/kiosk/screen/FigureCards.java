package org.backcare.kiosk.screen;

import javafx.scene.control.Button;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.PoseFigure;
import org.kordamp.ikonli.javafx.FontIcon;

/** A card with an exercise's moving figure and a button to pause or play it. */
public final class FigureCards {

    private FigureCards() {
    }

    public static Card of(ScreenContext context, Exercise exercise) {
        PoseFigure figure = new PoseFigure(exercise);
        figure.setId("figure");
        figure.setAccessibleText(context.text("figure.description", exercise.name()));
        Button playPause = new Button();
        playPause.setId("figurePlayPause");
        playPause.getStyleClass().add("link-button");
        figure.playingProperty().addListener((o, was, playing) -> label(context, playPause, playing));
        playPause.setOnAction(e -> {
            if (figure.playingProperty().get()) {
                figure.pause();
            } else {
                figure.play();
            }
        });
        label(context, playPause, false);
        figure.play();
        Card card = new Card().styled("figure-card").add(figure, playPause);
        card.setId("figure-card");
        return card;
    }

    /**
     * The exercise's figure standing still a fraction of the way from its start (0) to its end (1),
     * for pictures made outside a screen (--export-figures).
     */
    public static javafx.scene.layout.Region still(Exercise exercise, double fraction) {
        PoseFigure figure = new PoseFigure(exercise);
        figure.showAlong(fraction);
        return figure;
    }

    private static void label(ScreenContext context, Button button, boolean playing) {
        button.setText(context.text(playing ? "figure.pause" : "figure.play"));
        button.setGraphic(new FontIcon(playing ? "mdi2p-pause" : "mdi2p-play"));
    }
}
