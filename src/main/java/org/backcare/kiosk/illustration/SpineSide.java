package org.backcare.kiosk.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * The spine seen from the side (the front of the body to the right), from the sacrum up to the
 * last vertebra of the neck, bent by one number: -1 leans all the way back (extension), 0 stands
 * tall, 1 bends all the way forward (flexion). Each joint turns its share: the low back most, the
 * upper back a little, as the joints allow. Units: a vertebral body of the low back is about 12
 * tall; y grows downward, the top of the sacrum is at (0, 0).
 */
public final class SpineSide {

    /** One vertebral body: four corners, back-bottom, front-bottom, front-top, back-top. */
    public record Body(String level, double[] xs, double[] ys) {
        public double backX() {
            return (xs[0] + xs[3]) / 2;
        }

        public double backY() {
            return (ys[0] + ys[3]) / 2;
        }
    }

    /** The levels from the bottom up, with the tilt of each at rest (degrees from upright, forward positive). */
    private static final String[] LEVELS = {"l5", "l4", "l3", "l2", "l1", "t12", "t11", "t10", "t9", "t8", "t7", "t6",
            "t5", "t4", "t3", "t2", "t1", "c7"};
    private static final double[] REST = {24, 14, 5, -3, -8, -10, -10, -9, -8, -6, -4, -2, 1, 4, 7, 10, 12, 15};
    /** How far each joint (under the level) turns at full flexion and at full extension, in degrees. */
    private static final double[] FLEX = {9, 9, 8, 7, 6, 2.5, 2, 2, 2, 2, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5};
    private static final double[] EXTEND = {7, 6, 6, 5, 4, 2, 2, 1.5, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final double DISC_LOW = 4.2;
    private static final double DISC_HIGH = 2.2;

    private final List<Body> bodies;
    private final List<double[][]> discs;
    private final double[] sacrum;

    private SpineSide(List<Body> bodies, List<double[][]> discs, double[] sacrum) {
        this.bodies = bodies;
        this.discs = discs;
        this.sacrum = sacrum;
    }

    /** The spine bent by {@code bend}, from -1 (leaning back) to 1 (bending forward); values beyond are held to the range. */
    public static SpineSide bent(double bend) {
        double b = Math.max(-1, Math.min(1, bend));
        List<Body> bodies = new ArrayList<>();
        List<double[][]> discs = new ArrayList<>();
        // The sacrum's top plate tilts forward; the first disc sits on it.
        double plate = Math.toRadians(35);
        double depthSacrum = 16;
        double[] lowBack = {-depthSacrum / 2 * Math.cos(plate), -depthSacrum / 2 * Math.sin(plate)};
        double[] lowFront = {depthSacrum / 2 * Math.cos(plate), depthSacrum / 2 * Math.sin(plate)};
        double[] sacrum = {lowBack[0], lowBack[1], lowFront[0], lowFront[1], lowFront[0] - 14, lowFront[1] + 34,
                lowBack[0] - 20, lowBack[1] + 30};
        double turned = 0;
        for (int i = 0; i < LEVELS.length; i++) {
            turned += b >= 0 ? FLEX[i] * b : EXTEND[i] * b;
            double tilt = Math.toRadians(REST[i] + turned);
            double ux = Math.sin(tilt);
            double uy = -Math.cos(tilt);           // up along the spine
            double fx = Math.cos(tilt);
            double fy = Math.sin(tilt);            // toward the front
            double t = i / (double) (LEVELS.length - 1);
            double height = 12 - 2.5 * t;
            double depth = 16 - 5 * t;
            double disc = DISC_LOW + (DISC_HIGH - DISC_LOW) * t;
            // The disc between the plate below and this body: each joint's turn wedges it, squeezed
            // on the side the spine bends toward.
            double midX = (lowBack[0] + lowFront[0]) / 2;
            double midY = (lowBack[1] + lowFront[1]) / 2;
            double[] bottomMid = {midX + ux * disc, midY + uy * disc};
            double[] backBottom = {bottomMid[0] - fx * depth / 2, bottomMid[1] - fy * depth / 2};
            double[] frontBottom = {bottomMid[0] + fx * depth / 2, bottomMid[1] + fy * depth / 2};
            double[] frontTop = {frontBottom[0] + ux * height, frontBottom[1] + uy * height};
            double[] backTop = {backBottom[0] + ux * height, backBottom[1] + uy * height};
            discs.add(new double[][] {lowBack, lowFront, frontBottom, backBottom});
            bodies.add(new Body(LEVELS[i], new double[] {backBottom[0], frontBottom[0], frontTop[0], backTop[0]},
                    new double[] {backBottom[1], frontBottom[1], frontTop[1], backTop[1]}));
            lowBack = backTop;
            lowFront = frontTop;
        }
        return new SpineSide(List.copyOf(bodies), List.copyOf(discs), sacrum);
    }

    public List<Body> bodies() {
        return bodies;
    }

    /** Each disc as four points: back-bottom, front-bottom, front-top, back-top. */
    public List<double[][]> discs() {
        return discs;
    }

    /** The box every bend from -1 to 1 fits in: minX, minY, maxX, maxY. */
    public static double[] reach() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double b = -1; b <= 1.0001; b += 0.25) {
            SpineSide spine = bent(b);
            for (Body body : spine.bodies) {
                for (int i = 0; i < 4; i++) {
                    box[0] = Math.min(box[0], body.xs[i]);
                    box[1] = Math.min(box[1], body.ys[i]);
                    box[2] = Math.max(box[2], body.xs[i]);
                    box[3] = Math.max(box[3], body.ys[i]);
                }
            }
            for (int i = 0; i < spine.sacrum.length; i += 2) {
                box[0] = Math.min(box[0], spine.sacrum[i]);
                box[1] = Math.min(box[1], spine.sacrum[i + 1]);
                box[2] = Math.max(box[2], spine.sacrum[i]);
                box[3] = Math.max(box[3], spine.sacrum[i + 1]);
            }
        }
        box[0] -= 18; // the bumps at the back reach out behind the bodies
        return box;
    }

    /** The top of the sacrum, as x, y pairs. */
    public double[] sacrum() {
        return sacrum.clone();
    }

    /** How much taller a disc is at its back than at its front: positive when bending forward. */
    public static double opening(double[][] disc) {
        double back = Math.hypot(disc[3][0] - disc[0][0], disc[3][1] - disc[0][1]);
        double front = Math.hypot(disc[2][0] - disc[1][0], disc[2][1] - disc[1][1]);
        return back - front;
    }

    /** The tilt of the top vertebra, in degrees from upright, forward positive. */
    public double topTilt() {
        Body top = bodies.get(bodies.size() - 1);
        double ux = top.xs()[3] - top.xs()[0];
        double uy = top.ys()[3] - top.ys()[0];
        return Math.toDegrees(Math.atan2(ux, -uy));
    }
}
