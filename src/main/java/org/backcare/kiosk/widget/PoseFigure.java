package org.backcare.kiosk.widget;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Prop;
import org.backcare.kiosk.illustration.FigureMotion;
import org.backcare.kiosk.illustration.Skeleton;
import org.backcare.kiosk.illustration.Skeleton.Point;

import java.util.List;

/**
 * A person doing an exercise, drawn from poses: a side view on a mat, a chair or the floor,
 * moving smoothly from the start pose to the end pose, holding, and returning, in a loop that
 * can be paused. Only the figure's own shapes change each frame.
 */
public class PoseFigure extends Region {

    public static final String STYLE_CLASS = "pose-figure";
    private static final double MARGIN = 14;

    private final FigureMotion motion;
    private final Group canvas = new Group();
    private final Scale scale = new Scale(1, -1, 0, 0);
    private final Line trunk = limb("figure-trunk");
    private final Line neck = limb("figure-neck");
    private final Line upperArm = limb("figure-arm");
    private final Line forearm = limb("figure-forearm");
    private final Line thigh = limb("figure-thigh");
    private final Line shin = limb("figure-shin");
    private final Line foot = limb("figure-foot");
    private final Line farUpperArm = limb("figure-arm", "figure-far");
    private final Line farForearm = limb("figure-forearm", "figure-far");
    private final Line farThigh = limb("figure-thigh", "figure-far");
    private final Line farShin = limb("figure-shin", "figure-far");
    private final Line farFoot = limb("figure-foot", "figure-far");
    private final Circle head = new Circle(Skeleton.HEAD_RADIUS);
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

    public PoseFigure(List<Pose> poses, Prop prop) {
        getStyleClass().add(STYLE_CLASS);
        motion = new FigureMotion(poses);
        head.getStyleClass().add("figure-head");

        Skeleton.Frame frame = Skeleton.frame(poses, MARGIN);
        minX = frame.minX();
        maxX = frame.maxX();
        maxY = frame.maxY();

        canvas.getTransforms().add(scale);
        // Placed by layoutChildren from the pose data's frame, never from its own bounds: unmanaged,
        // a frame's moving limbs do not ask every parent up to the window for a new layout.
        canvas.setManaged(false);
        canvas.getChildren().addAll(props(prop, minX, maxX));
        // Far limbs first, so the near ones are drawn over them.
        canvas.getChildren().addAll(farThigh, farShin, farFoot, farUpperArm, farForearm,
                thigh, shin, foot, trunk, neck, head, upperArm, forearm);
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

    private static Line limb(String... styleClasses) {
        Line line = new Line();
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.getStyleClass().add("figure-limb");
        line.getStyleClass().addAll(styleClasses);
        return line;
    }

    /** The floor and what the figure rests on, in figure units (y up, floor at 0). */
    private static List<javafx.scene.Node> props(Prop prop, double minX, double maxX) {
        Line floor = new Line(minX, -2, maxX, -2);
        floor.getStyleClass().add("figure-floor");
        return switch (prop) {
            case MAT -> {
                Rectangle mat = new Rectangle(minX + 4, -1, maxX - minX - 8, 1.5);
                mat.getStyleClass().add("figure-mat");
                yield List.of(floor, mat);
            }
            case CHAIR -> {
                SVGPath chair = new SVGPath();
                // Seat at the hip's height, back behind it, legs to the floor.
                chair.setContent("M -22 41 L 24 41 L 24 36 L -22 36 Z M -22 36 L -22 -2 M 20 36 L 20 -2 "
                        + "M -22 41 L -26 96");
                chair.getStyleClass().add("figure-chair");
                yield List.of(floor, chair);
            }
            case FLOOR -> List.of(floor);
        };
    }

    /** Draws the figure as it is this many seconds into its motion (for a caller that keeps its own time). */
    public void showAt(double seconds) {
        show(motion.at(seconds));
    }

    /** Draws the figure in a pose. */
    public void show(Pose pose) {
        Skeleton s = Skeleton.of(pose);
        set(trunk, s.hip(), s.shoulder());
        set(neck, s.shoulder(), s.head());
        set(upperArm, s.shoulder(), s.elbow());
        set(forearm, s.elbow(), s.hand());
        set(thigh, s.hip(), s.knee());
        set(shin, s.knee(), s.ankle());
        set(foot, s.ankle(), s.toe());
        set(farUpperArm, s.shoulder(), s.farElbow());
        set(farForearm, s.farElbow(), s.farHand());
        set(farThigh, s.hip(), s.farKnee());
        set(farShin, s.farKnee(), s.farAnkle());
        set(farFoot, s.farAnkle(), s.farToe());
        head.setCenterX(s.head().x());
        head.setCenterY(s.head().y());
    }

    private static void set(Line line, Point a, Point b) {
        line.setStartX(a.x());
        line.setStartY(a.y());
        line.setEndX(b.x());
        line.setEndY(b.y());
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

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : 520;
        return Math.min(420, w * (maxY + 4) / (maxX - minX));
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.01, Math.min(w / (maxX - minX), h / (maxY + 4)));
        scale.setX(s);
        scale.setY(-s);
        double drawnWidth = (maxX - minX) * s;
        canvas.setLayoutX(snappedLeftInset() + (w - drawnWidth) / 2 - minX * s);
        canvas.setLayoutY(snappedTopInset() + h - 4 * s);
    }
}
