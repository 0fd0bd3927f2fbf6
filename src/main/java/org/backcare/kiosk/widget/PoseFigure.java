package org.backcare.kiosk.widget;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Prop;
import org.backcare.kiosk.illustration.Body;
import org.backcare.kiosk.illustration.FigureDrawing;
import org.backcare.kiosk.illustration.FigureDrawing.Shape;
import org.backcare.kiosk.illustration.FigureMotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person doing an exercise, drawn from its poses ({@link FigureDrawing}): a side view on a mat, a
 * chair or the floor, the start pose's silhouette behind, an arrow showing the way to move, the
 * region the exercise works tinted; the person moves eased from the start pose to the end pose,
 * holds it, and returns, in a loop that can be paused. The still shapes are made once; each frame
 * only moves the points of the person's outlines (the same outlines every frame, so no node is made
 * or dropped while it plays).
 */
public class PoseFigure extends Region {

    public static final String STYLE_CLASS = "pose-figure";

    private final FigureDrawing drawing;
    private final FigureMotion motion;
    private final Group canvas = new Group();
    private final Scale scale = new Scale(1, -1, 0, 0);
    private final List<Path> person = new ArrayList<>();
    private final double minX;
    private final double maxX;
    private final double maxY;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final AnimationTimer timer;
    private long startedNanos;
    private long lastDrawnNanos;
    private long frameNanos;
    private double elapsedBeforePause;
    private boolean playWhenShown;

    public PoseFigure(Exercise exercise) {
        this(new FigureDrawing(exercise));
    }

    /** A figure without contacts or tinted regions (the attract screen's walker). */
    public PoseFigure(List<Pose> poses, Prop prop) {
        this(new FigureDrawing(new FigureMotion(poses), prop, List.of(), false));
    }

    public PoseFigure(FigureDrawing drawing) {
        getStyleClass().add(STYLE_CLASS);
        this.drawing = drawing;
        this.motion = drawing.motion();
        Body.Frame frame = drawing.frame();
        minX = frame.minX();
        maxX = frame.maxX();
        maxY = frame.maxY();

        canvas.getTransforms().add(scale);
        // Placed by layoutChildren from the pose data's frame, never from its own bounds: unmanaged,
        // a frame's moving limbs do not ask every parent up to the window for a new layout.
        canvas.setManaged(false);
        // What stays still is drawn once into a picture the renderer reuses: each frame then repaints only the person over it.
        Group backdrop = new Group();
        for (Shape shape : drawing.backdrop()) {
            backdrop.getChildren().add(path(shape));
        }
        backdrop.setCache(true);
        backdrop.setCacheHint(javafx.scene.CacheHint.QUALITY);
        canvas.getChildren().add(backdrop);
        for (Shape shape : drawing.person(motion.poses().get(0))) {
            Path path = path(shape);
            person.add(path);
            canvas.getChildren().add(path);
        }
        getChildren().add(canvas);
        // Open on the end position, the one that shows the exercise best, and move on from there.
        elapsedBeforePause = motion.holdStartsAt();
        show(motion.at(elapsedBeforePause));

        // Only a figure in the window animates: one that leaves it pauses, and one asked to play
        // before it is shown (a screen being built, a filtered-out card) waits until it is. A running
        // timer is held by the toolkit, so a figure that played unseen would keep its whole screen alive.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                pause();
            } else if (playWhenShown) {
                playWhenShown = false;
                play();
            }
        });
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (startedNanos == 0) {
                    startedNanos = now;
                } else if (now - lastDrawnNanos < frameNanos) {
                    return; // a frame-rate cap: no change, so no frame drawn this pulse
                }
                lastDrawnNanos = now;
                show(motion.at(elapsedBeforePause + (now - startedNanos) / 1e9));
            }
        };
    }

    /** A path for a shape, its points in place; its style classes say what it is ("figure-body figure-near-thigh"). */
    private static Path path(Shape shape) {
        List<PathElement> elements = new ArrayList<>(shape.size() + 1);
        elements.add(new MoveTo(shape.xs()[0], shape.ys()[0]));
        for (int i = 1; i < shape.size(); i++) {
            elements.add(new LineTo(shape.xs()[i], shape.ys()[i]));
        }
        if (shape.closed()) {
            elements.add(new ClosePath());
        }
        Path path = new Path(elements);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        path.getStyleClass().addAll("figure-" + shape.ink().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "figure-" + shape.name().replace(' ', '-'));
        return path;
    }

    /** Draws the figure as it is this many seconds into its motion (for a caller that keeps its own time). */
    public void showAt(double seconds) {
        show(motion.at(seconds));
    }

    /**
     * Draws at most this many frames a second while playing (0: every pulse, the default). The
     * attract screen, which nobody watches closely, asks for fewer: each frame the software renderer
     * draws costs CPU on a fanless clinic PC.
     */
    public void setMaxFrameRate(double framesPerSecond) {
        // A little under the interval, so a 30 a second cap keeps every other 60 Hz pulse.
        frameNanos = framesPerSecond <= 0 ? 0 : (long) (1e9 / framesPerSecond * 0.9);
    }

    /** Draws the person in a pose: moves the points of the outlines made at the start. */
    public void show(Pose pose) {
        List<Shape> shapes = drawing.person(pose);
        for (int s = 0; s < shapes.size(); s++) {
            Shape shape = shapes.get(s);
            List<PathElement> elements = person.get(s).getElements();
            ((MoveTo) elements.get(0)).setX(shape.xs()[0]);
            ((MoveTo) elements.get(0)).setY(shape.ys()[0]);
            for (int i = 1; i < shape.size(); i++) {
                LineTo line = (LineTo) elements.get(i);
                line.setX(shape.xs()[i]);
                line.setY(shape.ys()[i]);
            }
        }
    }

    /** Shows the pose a fraction of the way from the first pose to the last (0 start, 1 end), and stops there. */
    public void showAlong(double fraction) {
        pause();
        show(motion.along(fraction));
    }

    public void play() {
        if (getScene() == null) {
            playWhenShown = true;
            return;
        }
        if (!playing.get()) {
            startedNanos = 0;
            playing.set(true);
            timer.start();
        }
    }

    public void pause() {
        playWhenShown = false;
        if (playing.get()) {
            timer.stop();
            if (startedNanos != 0) {
                elapsedBeforePause += (System.nanoTime() - startedNanos) / 1e9;
            }
            playing.set(false);
        }
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    private double drawnHeight() {
        return maxY + FigureDrawing.BELOW;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : 520;
        return Math.min(420, w * drawnHeight() / (maxX - minX));
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.01, Math.min(w / (maxX - minX), h / drawnHeight()));
        scale.setX(s);
        scale.setY(-s);
        double drawnWidth = (maxX - minX) * s;
        double drawnH = drawnHeight() * s;
        canvas.setLayoutX(snappedLeftInset() + (w - drawnWidth) / 2 - minX * s);
        canvas.setLayoutY(snappedTopInset() + (h - drawnH) / 2 + maxY * s);
    }
}
