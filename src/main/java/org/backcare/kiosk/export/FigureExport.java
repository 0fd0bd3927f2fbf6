package org.backcare.kiosk.export;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.screen.FigureCards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * --export-figures: each exercise's figure as a clinician reviews it, drawn exactly as on screen
 * (the widget, the theme): its start, middle and end as one picture each, and a strip of eight
 * frames from start to end.
 */
public final class FigureExport {

    static final int WIDTH = 900;
    static final int HEIGHT = 600;
    static final int STRIP_FRAMES = 8;
    static final int STRIP_WIDTH = 440;
    static final int STRIP_HEIGHT = 300;

    private FigureExport() {
    }

    /** Must run on the JavaFX thread; {@code styled} lends its stylesheets (the kiosk's theme). */
    public static List<Path> run(Content content, Scene styled, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Exercise exercise : content.exercises().exercises()) {
            String[] names = {"start", "middle", "end"};
            for (int i = 0; i < names.length; i++) {
                Region figure = FigureCards.still(exercise, i / 2.0);
                figure.setPrefSize(WIDTH, HEIGHT);
                written.add(write(box(figure), WIDTH, HEIGHT, styled,
                        folder.resolve(exercise.id() + "-" + names[i] + ".png")));
            }
            HBox strip = new HBox(8);
            for (int k = 0; k < STRIP_FRAMES; k++) {
                Region figure = FigureCards.still(exercise, k / (double) (STRIP_FRAMES - 1));
                figure.setPrefSize(STRIP_WIDTH, STRIP_HEIGHT);
                figure.setMinSize(STRIP_WIDTH, STRIP_HEIGHT);
                strip.getChildren().add(figure);
            }
            strip.setPadding(new Insets(8));
            strip.setStyle("-fx-background-color: -bc-surface;");
            written.add(write(strip, STRIP_FRAMES * (STRIP_WIDTH + 8) + 8, STRIP_HEIGHT + 16, styled,
                    folder.resolve(exercise.id() + "-strip.png")));
        }
        return written;
    }

    private static Parent box(Region figure) {
        HBox box = new HBox(figure);
        box.setStyle("-fx-background-color: -bc-surface;");
        return box;
    }

    private static Path write(Parent root, int width, int height, Scene styled, Path file) throws IOException {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(styled.getStylesheets());
        return ScreenExport.snapshot(scene, file);
    }
}
