package org.backcare.kiosk.screen.attract;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.nav.ScreenLifecycle;
import org.backcare.kiosk.ui.LanguageSwitches;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.widget.PoseFigure;

/** The attract screen: the title, a figure walking, "Touch to start". Any touch opens Home. */
public final class AttractController implements ScreenLifecycle {

    /** The figure on the attract screen: walking, which suits everyone. */
    static final String FIGURE_EXERCISE = "walking-and-changing-position";

    private final ScreenContext context;
    private Timeline walk;
    private Timeline wander;

    /** The figure's walk across the screen, one way, in seconds. */
    static final double CROSSING_SECONDS = 40;
    /** The key under which the walk is kept in the figure's properties (for tests). */
    public static final String DRIFT = "attract.drift";
    /** How far the words and the button wander from the centre, in pixels, and how often they step. */
    private static final double WANDER_X = 24;
    private static final double WANDER_Y = 16;
    private static final double WANDER_STEP_SECONDS = 5;

    @FXML
    private StackPane attract;
    @FXML
    private VBox column;
    @FXML
    private StackPane figureHolder;
    @FXML
    private HBox languages;

    public AttractController(ScreenContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        Exercise walking = context.content().exercises().exercise(FIGURE_EXERCISE)
                .orElse(context.content().exercises().exercises().get(0));
        PoseFigure figure = new PoseFigure(walking.poses(), walking.prop());
        figure.setId("attractFigure");
        figure.setAccessibleText(context.text("figure.description", walking.name()));
        figureHolder.getChildren().add(figure);
        figure.setMaxWidth(Region.USE_PREF_SIZE); // its own width, so it has room to walk
        figure.play();
        drift(figure);
        // Choosing a language here also starts: the person lands on Home, in that language.
        languages.getChildren().setAll(LanguageSwitches.of(context.appearance(),
                context.text("look.language")));
        languages.getChildren().forEach(b -> ((Button) b).addEventHandler(javafx.event.ActionEvent.ACTION,
                e -> start()));
        languages.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        languages.setVisible(!languages.getChildren().isEmpty());
        languages.setManaged(languages.isVisible());
    }

    /**
     * Nothing stands still on the attract screen, so hours of it burn nothing into a screen: the figure
     * walks from one side of the screen to the other and back, and the words and the button wander a
     * few pixels, one step every few seconds (a step at a time, so the whole screen is not redrawn at
     * every frame). Both run only while the screen is shown (from entered to left): a running animation is
     * held by the toolkit and would keep a screen that was left alive.
     */
    private void drift(PoseFigure figure) {
        DoubleProperty phase = new SimpleDoubleProperty(-1);
        phase.addListener((o, was, now) -> figure.setTranslateX(now.doubleValue() * room(figure)));
        walk = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(phase, -1, Interpolator.LINEAR)),
                new KeyFrame(Duration.seconds(CROSSING_SECONDS), new KeyValue(phase, 1, Interpolator.LINEAR)));
        walk.setAutoReverse(true);
        walk.setCycleCount(Animation.INDEFINITE);
        figure.getProperties().put(DRIFT, walk);
        int[] step = {0};
        wander = new Timeline(new KeyFrame(Duration.seconds(WANDER_STEP_SECONDS), e -> {
            step[0]++;
            column.setTranslateX(Math.round(WANDER_X * Math.sin(step[0] * 0.37)));
            column.setTranslateY(Math.round(WANDER_Y * Math.sin(step[0] * 0.23)));
        }));
        wander.setCycleCount(Animation.INDEFINITE);
    }

    @Override
    public void entered() {
        walk.play();
        wander.play();
    }

    @Override
    public void left() {
        walk.stop();
        wander.stop();
    }

    /** How far the figure may walk either side of its place and stay on screen. */
    private static double room(Region figure) {
        Scene scene = figure.getScene();
        if (scene == null || figure.getWidth() <= 0) {
            return 0;
        }
        double left = figure.localToScene(0, 0).getX() - figure.getTranslateX();
        double right = scene.getWidth() - left - figure.getWidth();
        return Math.max(0, Math.min(left, right));
    }

    @FXML
    private void start() {
        if (context.navigator().current() instanceof Route.Attract) {
            context.navigator().home();
        }
    }
}
