package org.backcare.bench.baseline;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.Instant;

/**
 * A stage with a few labels and buttons: the least a JavaFX window costs. With
 * --quit-after-first-frame it prints the same line as the kiosk and quits, so both are timed alike.
 */
public final class BaselineApp extends Application {

    @Override
    public void start(Stage stage) {
        VBox root = new VBox(12, new Label("Back muscle pain"), new Label("Touch a topic to learn more."),
                new Button("Your back muscles"), new Button("Why it hurts"), new Button("See a doctor"));
        root.setStyle("-fx-padding: 24; -fx-font-size: 22px;");
        stage.setScene(new Scene(root, 1920, 1080));
        stage.setTitle("Baseline");
        stage.show();
        if (getParameters().getRaw().contains("--quit-after-first-frame")) {
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        long since = ProcessHandle.current().info().startInstant()
                                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                        System.out.println("first frame after " + since + " ms (epoch ms " + System.currentTimeMillis() + ")");
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
