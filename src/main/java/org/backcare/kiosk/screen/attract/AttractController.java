package org.backcare.kiosk.screen.attract;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.nav.ScreenLifecycle;
import org.backcare.kiosk.ui.FxTicker;
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

    /** The figure's walk across the screen, one way, in seconds of walking. */
    static final double CROSSING_SECONDS = 40;
    /** The key under which the figure's place on its walk (-1 to 1) is kept in its properties (for tests). */
    public static final String DRIFT = "attract.drift";
    /** How far the words and the button wander from the centre, in pixels, one step a burst. */
    private static final double WANDER_X = 24;
    private static final double WANDER_Y = 16;
    /**
     * The figure walks in bursts: a few steps, then it stands. Movement that starts draws the eye
     * as well as movement that never stops, and an attract screen runs for hours with nobody there:
     * each frame costs the software renderer CPU on a fanless clinic PC (docs/PERFORMANCE.md).
     */
    static final double BURST_SECONDS = 3;
    static final double REST_SECONDS = 25;
    /** After this long with nobody there, the figure rests longer between bursts. */
    static final double QUIETER_AFTER_SECONDS = 600;
    static final double LONG_REST_SECONDS = 40;
    /** Frames a second while the figure walks: enough for a walk that reads as a walk. */
    static final double FRAME_RATE = 15;

    private PoseFigure figure;
    /** Where the figure is on its walk, from -1 (the left) to 1 (the right). */
    private final DoubleProperty phase = new SimpleDoubleProperty(-1);
    private FxTicker.Ticks frames;
    private FxTicker.Ticks next;
    private long enteredNanos;
    private long burstStartedNanos;
    private double walked;
    private double walkedBefore;
    private int step;

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
        figure.setMaxFrameRate(FRAME_RATE);
        this.figure = figure;
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
     * Nothing stays put on the attract screen, so hours of it burn nothing into a screen: in each
     * burst the figure walks a few steps on its way from one side of the screen to the other and back,
     * and the words and the button wander a few pixels. Frames are timed by FxTicker, not by a JavaFX
     * animation: a running animation makes the toolkit pulse 60 times a second, and here the screen
     * draws 30 frames a second while the figure walks and none while it stands. Bursts run only while
     * the screen is shown (from entered to left).
     */
    private void drift(PoseFigure figure) {
        phase.addListener((o, was, now) -> figure.setTranslateX(now.doubleValue() * room(figure)));
        figure.getProperties().put(DRIFT, phase);
    }

    @Override
    public void entered() {
        enteredNanos = System.nanoTime();
        burst();
    }

    @Override
    public void left() {
        stopTicks();
    }

    private void stopTicks() {
        if (next != null) {
            next.stop();
        }
        if (frames != null) {
            frames.stop();
        }
    }

    private void burst() {
        // The first burst leaves the words where the layout put them; later ones step them aside.
        column.setTranslateX(Math.round(WANDER_X * Math.sin(step * 0.37)));
        column.setTranslateY(Math.round(WANDER_Y * Math.sin(step * 0.23)));
        step++;
        burstStartedNanos = System.nanoTime();
        walkedBefore = walked;
        frames = FxTicker.every(java.time.Duration.ofNanos((long) (1e9 / FRAME_RATE)), this, AttractController::frame);
        next = FxTicker.after(java.time.Duration.ofMillis((long) (BURST_SECONDS * 1000)), this, AttractController::rest);
    }

    private void frame() {
        walked = walkedBefore + (System.nanoTime() - burstStartedNanos) / 1e9;
        figure.showAt(walked);
        // There and back: -1 (left) to 1 (right) in CROSSING_SECONDS of walking, then back.
        double t = (walked / CROSSING_SECONDS) % 2;
        phase.set(t <= 1 ? -1 + 2 * t : 3 - 2 * t);
    }

    private void rest() {
        frames.stop();
        boolean quiet = (System.nanoTime() - enteredNanos) / 1e9 > QUIETER_AFTER_SECONDS;
        double seconds = quiet ? LONG_REST_SECONDS : REST_SECONDS;
        next = FxTicker.after(java.time.Duration.ofMillis((long) (seconds * 1000)), this, AttractController::burst);
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
