package org.backcare.kiosk.widget;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import org.backcare.kiosk.illustration.SpineSide;

import java.util.ArrayList;
import java.util.List;

/**
 * The spine from the side (front to the right): vertebral bodies, the discs between them and the
 * bumps at their back, bending smoothly to {@link #bendProperty()} (-1 leans back, 1 bends forward).
 */
public class SpineSideView extends Region {

    private static final double[] BOX = SpineSide.reach();
    private static final double MARGIN = 6;
    private static final double WIDTH = BOX[2] - BOX[0] + 2 * MARGIN;
    private static final double HEIGHT = BOX[3] - BOX[1] + 2 * MARGIN;

    private final DoubleProperty bend = new SimpleDoubleProperty(this, "bend", 0);
    private final Group canvas = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final List<Polygon> bodies = new ArrayList<>();
    private final List<Polygon> discs = new ArrayList<>();
    private final List<Polygon> bumps = new ArrayList<>();
    private final Polygon sacrum = new Polygon();
    private Timeline move;

    public SpineSideView() {
        getStyleClass().add("spine-side");
        canvas.getTransforms().add(scale);
        sacrum.getStyleClass().addAll("drawing-shape", "shape-bone");
        SpineSide first = SpineSide.bent(0);
        // The upright spine stays behind as a faint outline, so the bend shows how far it went.
        for (SpineSide.Body body : first.bodies()) {
            Polygon ghost = new Polygon();
            ghost.getStyleClass().addAll("drawing-shape", "shape-faint", "spine-upright");
            for (int k = 0; k < 4; k++) {
                ghost.getPoints().addAll(body.xs()[k] - BOX[0] + MARGIN, body.ys()[k] - BOX[1] + MARGIN);
            }
            canvas.getChildren().add(ghost);
        }
        canvas.getChildren().add(sacrum);
        for (int i = 0; i < first.bodies().size(); i++) {
            Polygon disc = shape("shape-disc");
            Polygon bump = shape("shape-bone");
            Polygon body = shape("shape-bone");
            body.setId("spine-side-" + first.bodies().get(i).level());
            discs.add(disc);
            bumps.add(bump);
            bodies.add(body);
        }
        getChildren().add(canvas);
        bend.addListener((o, was, now) -> draw());
        draw();
    }

    private Polygon shape(String kind) {
        Polygon p = new Polygon();
        p.getStyleClass().addAll("drawing-shape", kind);
        canvas.getChildren().add(p);
        return p;
    }

    /** How far the spine is bent now: -1 leans back, 0 upright, 1 bends forward. */
    public DoubleProperty bendProperty() {
        return bend;
    }

    /** Bends smoothly to {@code target}; a bend already under way is taken from where it is. */
    public void bendTo(double target, boolean animate) {
        if (move != null) {
            move.stop();
        }
        if (!animate) {
            bend.set(target);
            return;
        }
        move = new Timeline(new KeyFrame(Duration.millis(700), new KeyValue(bend, target, Interpolator.EASE_BOTH)));
        move.play();
    }

    private void draw() {
        SpineSide spine = SpineSide.bent(bend.get());
        double ox = MARGIN - BOX[0];
        double oy = MARGIN - BOX[1];
        sacrum.getPoints().setAll(points(spine.sacrum(), ox, oy));
        for (int i = 0; i < bodies.size(); i++) {
            SpineSide.Body body = spine.bodies().get(i);
            double[] xs = body.xs();
            double[] ys = body.ys();
            bodies.get(i).getPoints().setAll(ox + xs[0], oy + ys[0], ox + xs[1], oy + ys[1], ox + xs[2], oy + ys[2],
                    ox + xs[3], oy + ys[3]);
            double[][] d = spine.discs().get(i);
            discs.get(i).getPoints().setAll(ox + d[0][0], oy + d[0][1], ox + d[1][0], oy + d[1][1], ox + d[2][0], oy + d[2][1],
                    ox + d[3][0], oy + d[3][1]);
            // The bump at the back: a tab pointing back and a little down from the body's back.
            double fx = xs[1] - xs[0];
            double fy = ys[1] - ys[0];
            double len = Math.hypot(fx, fy);
            fx /= len;
            fy /= len;
            double ux = xs[3] - xs[0];
            double uy = ys[3] - ys[0];
            double up = Math.hypot(ux, uy);
            ux /= up;
            uy /= up;
            double reach = 15 - 4.0 * i / bodies.size();
            double mx = (xs[0] + xs[3]) / 2;
            double my = (ys[0] + ys[3]) / 2;
            bumps.get(i).getPoints().setAll(
                    ox + xs[3] - fx * 2, oy + ys[3] - fy * 2,
                    ox + mx - fx * reach - ux * 3, oy + my - fy * reach - uy * 3,
                    ox + xs[0] - fx * (reach - 2) - ux * 6, oy + ys[0] - fy * (reach - 2) - uy * 6,
                    ox + xs[0] - fx * 2 + ux, oy + ys[0] - fy * 2 + uy);
        }
    }

    private static List<Double> points(double[] xy, double ox, double oy) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(ox + xy[i]);
            out.add(oy + xy[i + 1]);
        }
        return out;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300 * WIDTH / HEIGHT;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.01, Math.min(w / WIDTH, h / HEIGHT));
        scale.setX(s);
        scale.setY(s);
        canvas.setLayoutX(snappedLeftInset() + (w - WIDTH * s) / 2);
        canvas.setLayoutY(snappedTopInset() + (h - HEIGHT * s) / 2);
    }
}
