package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;

import java.util.ArrayList;
import java.util.List;

/**
 * A person in a pose, seen from the side and facing right, as outlines: a head and neck, a trunk
 * of three parts (pelvis, low back, upper back) whose outline follows the bend of the spine, and
 * tapered limbs with hands and feet. Figure units, y up, the floor at 0; an adult's proportions
 * (the trunk, hip joint to the base of the neck, is 50 long). Pure geometry: the screen, the
 * exported pictures and the printed handout all draw these same outlines.
 */
public final class Body {

    public static final double PELVIS = 11;
    /**
     * The base of the spine sits behind the hip joint, not straight above it: the line from the hip
     * joint to it leans this far back of the pelvis's own angle (which, like the trunk's, is 90 standing).
     */
    static final double PELVIC_TILT = 30;
    public static final double LOW_BACK = 16;
    public static final double UPPER_BACK = 25;
    public static final double NECK = 6;
    public static final double HEAD_RADIUS = 8.8;
    public static final double UPPER_ARM = 29;
    public static final double FOREARM = 25;
    public static final double HAND = 8;
    public static final double THIGH = 42;
    public static final double SHIN = 40;
    public static final double FOOT = 11;

    /** Side of the body: the far limbs are drawn first and lighter, the near ones over the trunk. */
    public enum Side { FAR, MIDDLE, NEAR }

    /** A point in figure units. */
    public record Point(double x, double y) {
        public Point toward(double degrees, double length) {
            double r = Math.toRadians(degrees);
            return new Point(x + length * Math.cos(r), y + length * Math.sin(r));
        }

        Point plus(Point d, double k) {
            return new Point(x + d.x * k, y + d.y * k);
        }

        double distance(Point o) {
            return Math.hypot(o.x - x, o.y - y);
        }
    }

    /**
     * One closed outline of the body.
     *
     * @param name what a message calls it ("near hand", "low back")
     */
    public record Part(String name, Side side, double[] xs, double[] ys) {
        public int size() {
            return xs.length;
        }

        public double lowest() {
            double low = Double.MAX_VALUE;
            for (double y : ys) {
                low = Math.min(low, y);
            }
            return low;
        }
    }

    /** The box every pose of a figure fits in, plus a margin on each side and above. */
    public record Frame(double minX, double maxX, double maxY) {
    }

    // Joints: where a message or a contact looks.
    private final Pose pose;
    private final Point hip;
    private final Point sacrum;
    private final Point waist;
    private final Point neck;
    private final Point headCentre;
    private final Point shoulder;
    private final Point elbow;
    private final Point wrist;
    private final Point farElbow;
    private final Point farWrist;
    private final Point knee;
    private final Point ankle;
    private final Point farKnee;
    private final Point farAnkle;
    private final List<Part> parts = new ArrayList<>(16);
    /** The trunk's stations, pelvis to neck: centres and radii, for the tinted regions. */
    private final Point[] trunkCentres;
    private final double[] trunkRadii;

    private Body(Pose pose) {
        this.pose = pose;
        Joints a = pose.angles();
        hip = new Point(pose.hipX(), pose.hipY());
        sacrum = hip.toward(a.pelvis() + PELVIC_TILT, PELVIS);
        waist = sacrum.toward(a.lowBack(), LOW_BACK);
        neck = waist.toward(a.trunk(), UPPER_BACK);
        headCentre = neck.toward(a.head(), NECK + HEAD_RADIUS * 0.75).toward(a.head() - 90, 2.5);
        shoulder = neck.toward(a.trunk(), -4).toward(a.trunk() - 90, 3.5);
        elbow = shoulder.toward(a.upperArm(), UPPER_ARM);
        wrist = elbow.toward(a.forearm(), FOREARM);
        farElbow = shoulder.toward(a.farUpperArm(), UPPER_ARM);
        farWrist = farElbow.toward(a.farForearm(), FOREARM);
        knee = hip.toward(a.thigh(), THIGH);
        ankle = knee.toward(a.shin(), SHIN);
        farKnee = hip.toward(a.farThigh(), THIGH);
        farAnkle = farKnee.toward(a.farShin(), SHIN);

        double farFoot = a.farFoot();
        // Far side first: drawn behind the trunk.
        parts.add(limb("far thigh", Side.FAR, hip, 7.3, farKnee, 4.6, 6.1, 0.3, -0.5));
        parts.add(limb("far shin", Side.FAR, farKnee, 4.4, farAnkle, 2.6, 4.7, 0.33, -1.2));
        parts.add(foot("far foot", Side.FAR, farAnkle, farFoot));
        parts.add(limb("far upper arm", Side.FAR, shoulder, 4.6, farElbow, 3.1, 4.0, 0.4, 0));
        parts.add(limb("far forearm", Side.FAR, farElbow, 3.0, farWrist, 2.2, 3.3, 0.3, -0.4));
        parts.add(hand("far hand", Side.FAR, farWrist, a.farHand()));

        // The trunk: hip, base of the spine, waist, chest, base of the neck.
        Point chest = waist.toward(a.trunk(), UPPER_BACK * 0.45);
        trunkCentres = new Point[]{
                hip.toward(a.pelvis() - 90, -0.5),
                sacrum.toward(mid(a.pelvis(), a.lowBack()) - 90, 4.6),
                waist.toward(mid(a.lowBack(), a.trunk()) - 90, 5.0),
                chest.toward(a.trunk() - 90, 6.3),
                neck.toward(a.trunk() - 90, 3.2)};
        trunkRadii = new double[]{9.2, 8.6, 8.6, 10.8, 7.6};
        parts.add(sweep("trunk", Side.MIDDLE, trunkCentres, trunkRadii));
        Point neckTop = neck.toward(a.head(), NECK + 2).toward(a.head() - 90, 1.8);
        parts.add(sweep("neck", Side.MIDDLE, new Point[]{neck.toward(a.trunk() - 90, 2.2), neckTop},
                new double[]{4.8, 4.0}));
        parts.add(head(headCentre, a.head()));

        parts.add(limb("near thigh", Side.NEAR, hip, 7.4, knee, 4.7, 6.2, 0.3, -0.5));
        parts.add(limb("near shin", Side.NEAR, knee, 4.5, ankle, 2.7, 4.8, 0.33, -1.2));
        parts.add(foot("near foot", Side.NEAR, ankle, a.foot()));
        parts.add(limb("near upper arm", Side.NEAR, shoulder, 4.7, elbow, 3.2, 4.1, 0.4, 0));
        parts.add(limb("near forearm", Side.NEAR, elbow, 3.1, wrist, 2.3, 3.4, 0.3, -0.4));
        parts.add(hand("near hand", Side.NEAR, wrist, a.hand()));
    }

    public static Body of(Pose pose) {
        return new Body(pose);
    }

    /** The box all these poses fit in, plus {@code margin} on each side and above. */
    public static Frame frame(List<Pose> poses, double margin) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double top = 0;
        for (Pose pose : poses) {
            for (Part part : of(pose).parts()) {
                for (int i = 0; i < part.size(); i++) {
                    lo = Math.min(lo, part.xs()[i]);
                    hi = Math.max(hi, part.xs()[i]);
                    top = Math.max(top, part.ys()[i]);
                }
            }
        }
        return new Frame(lo - margin, hi + margin, top + margin);
    }

    public Pose pose() {
        return pose;
    }

    public List<Part> parts() {
        return parts;
    }

    public Point hip() {
        return hip;
    }

    public Point sacrum() {
        return sacrum;
    }

    public Point waist() {
        return waist;
    }

    public Point neck() {
        return neck;
    }

    public Point head() {
        return headCentre;
    }

    public Point shoulder() {
        return shoulder;
    }

    public Point elbow(boolean far) {
        return far ? farElbow : elbow;
    }

    public Point wrist(boolean far) {
        return far ? farWrist : wrist;
    }

    public Point knee(boolean far) {
        return far ? farKnee : knee;
    }

    public Point ankle(boolean far) {
        return far ? farAnkle : ankle;
    }

    public Part part(String name) {
        for (Part part : parts) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        throw new IllegalArgumentException("no part " + name);
    }

    /** The lowest point of the figure: below 0 means a body part goes through the floor. */
    public double lowest() {
        double low = Double.MAX_VALUE;
        for (Part part : parts) {
            low = Math.min(low, part.lowest());
        }
        return low;
    }

    /**
     * The back half (or the front half) of the trunk between two of its stations (0 hip, 1 base of the
     * spine, 2 waist, 3 chest, 4 neck): the region an exercise stretches or works, tinted.
     */
    public Part trunkBand(String name, int from, int to, boolean back) {
        // Along the trunk's edge, from halfway before the first station to halfway past the last.
        int k = to - from + 3;
        Point[] c = new Point[k];
        double[] r = new double[k];
        int last = trunkCentres.length - 1;
        for (int i = 0; i < k; i++) {
            double at = from - 0.5 + (to - from + 1) * i / (double) (k - 1);
            int s = (int) Math.max(0, Math.min(last - 1, Math.floor(at)));
            double f = Math.max(0, Math.min(1, at - s));
            Point centre = new Point(trunkCentres[s].x + (trunkCentres[s + 1].x - trunkCentres[s].x) * f,
                    trunkCentres[s].y + (trunkCentres[s + 1].y - trunkCentres[s].y) * f);
            double rr = trunkRadii[s] + (trunkRadii[s + 1] - trunkRadii[s]) * f;
            Point d = unit(trunkCentres[s], trunkCentres[s + 1]);
            Point n = new Point(-d.y, d.x); // the back, for a trunk facing right
            double end = (i == 0 || i == k - 1) ? 0.55 : 1;
            c[i] = centre.plus(n, (back ? 1 : -1) * rr * 0.6);
            r[i] = rr * 0.36 * end;
        }
        return sweep(name, Side.MIDDLE, c, r);
    }

    /**
     * The trunk's outline points nearest to the given stations (0 hip, 1 base of the spine, 2 waist,
     * 3 chest, 4 neck): where the pelvis, the low back or the upper back meets a surface.
     */
    public Part trunkNear(String name, int... stations) {
        Part trunk = part("trunk");
        double[] xs = new double[trunk.size()];
        double[] ys = new double[trunk.size()];
        int n = 0;
        for (int i = 0; i < trunk.size(); i++) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int k = 0; k < trunkCentres.length; k++) {
                double d = Math.hypot(trunk.xs()[i] - trunkCentres[k].x, trunk.ys()[i] - trunkCentres[k].y) - trunkRadii[k];
                if (d < best) {
                    best = d;
                    nearest = k;
                }
            }
            for (int k : stations) {
                if (k == nearest) {
                    xs[n] = trunk.xs()[i];
                    ys[n] = trunk.ys()[i];
                    n++;
                }
            }
        }
        return new Part(name, Side.MIDDLE, java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n));
    }

    /** The back of the near thigh. */
    public Part hamstrings() {
        Joints a = pose.angles();
        Point k = knee;
        Point m = hip.plus(unit(hip, k), THIGH * 0.45).toward(a.thigh() - 90, -0.6);
        return halfBand("hamstrings", new Point[]{hip.plus(unit(hip, k), 5), m, k.plus(unit(hip, k), -3)},
                new double[]{7.2, 6.8, 5.0}, false);
    }

    // ---- outlines ----

    private static final int SUB = 4;   // points between two stations of a sweep
    private static final int ARC = 8;   // points on a rounded end

    private static double mid(double a, double b) {
        return a + (((b - a) % 360 + 540) % 360 - 180) / 2;
    }

    private static Point unit(Point a, Point b) {
        double d = Math.max(1e-9, a.distance(b));
        return new Point((b.x - a.x) / d, (b.y - a.y) / d);
    }

    /** A limb from a to b, tapering from ra to rb, with a bulge of radius rm at fraction tm, offset sideways by off. */
    private static Part limb(String name, Side side, Point a, double ra, Point b, double rb, double rm, double tm,
                             double off) {
        Point d = unit(a, b);
        Point n = new Point(-d.y, d.x);
        double len = a.distance(b);
        Point m = a.plus(d, len * tm).plus(n, off);
        return sweep(name, side, new Point[]{a, m, b}, new double[]{ra, rm, rb});
    }

    private static Part foot(String name, Side side, Point ankle, double angle) {
        Point sole = new Point(0, 0).toward(angle - 90, 1);
        Point d = new Point(0, 0).toward(angle, 1);
        Point heel = ankle.plus(sole, 0.9).plus(d, -1.6);
        Point ball = ankle.plus(d, FOOT * 0.7).plus(sole, 1.7);
        Point toe = ankle.plus(d, FOOT).plus(sole, 2.2);
        return sweep(name, side, new Point[]{heel, ball, toe}, new double[]{3.0, 2.2, 1.5});
    }

    private static Part hand(String name, Side side, Point wrist, double angle) {
        Point palm = new Point(0, 0).toward(angle - 90, 1);
        Point d = new Point(0, 0).toward(angle, 1);
        Point knuckles = wrist.plus(d, HAND * 0.55).plus(palm, 0.2);
        Point tip = wrist.plus(d, HAND).plus(palm, 0.6);
        return sweep(name, side, new Point[]{wrist, knuckles, tip}, new double[]{2.3, 2.4, 1.7});
    }

    private static Part head(Point c, double angle) {
        // A head a little longer than wide, with the face forward: not a ball.
        int n = 2 * ARC + 2 * SUB + 4;
        double[] xs = new double[n];
        double[] ys = new double[n];
        Point up = new Point(0, 0).toward(angle, 1);
        Point front = new Point(0, 0).toward(angle - 90, 1);
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double u = Math.cos(t);  // along the head's axis
            double v = Math.sin(t);  // towards the face
            double along = HEAD_RADIUS * 1.08 * u;
            double across = HEAD_RADIUS * (v > 0 ? 0.98 : 0.92) * v;
            // chin and jaw: the lower front quarter is drawn in a little; a nose says which way the face is
            if (u < -0.2 && v > 0.2) {
                across *= 0.88;
            }
            double nose = Math.cos(t - 0.45 * Math.PI); // 1 at the front, a little below the middle
            if (nose > 0.8) {
                across += HEAD_RADIUS * 0.08 * (nose - 0.8) / 0.2;
            }
            xs[i] = c.x + up.x * along + front.x * across;
            ys[i] = c.y + up.y * along + front.y * across;
        }
        return new Part("head", Side.MIDDLE, xs, ys);
    }

    /** A smooth outline around circles at the stations: a tapered tube with rounded ends. */
    static Part sweep(String name, Side side, Point[] c, double[] r) {
        int k = c.length;
        int sideCount = (k - 1) * SUB + 1;
        Point[] left = new Point[k];
        Point[] right = new Point[k];
        Point[] dirs = new Point[k];
        for (int i = 0; i < k; i++) {
            Point d = unit(c[Math.max(0, i - 1)], c[Math.min(k - 1, i + 1)]);
            dirs[i] = d;
            Point n = new Point(-d.y, d.x);
            left[i] = c[i].plus(n, r[i]);
            right[i] = c[i].plus(n, -r[i]);
        }
        int n = 2 * sideCount + 2 * (ARC - 1);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int at = 0;
        // right side, start to end
        at = curve(right, xs, ys, at, false);
        // end cap, from right around the front to left
        at = arc(c[k - 1], r[k - 1], dirs[k - 1], -1, xs, ys, at);
        // left side, end to start
        at = curve(left, xs, ys, at, true);
        // start cap, from left around the back to right
        at = arc(c[0], r[0], new Point(-dirs[0].x, -dirs[0].y), -1, xs, ys, at);
        return new Part(name, side, xs, ys);
    }

    private static Part halfBand(String name, Point[] c, double[] r, boolean back) {
        int k = c.length;
        Point[] edge = new Point[k];
        for (int i = 0; i < k; i++) {
            Point d = unit(c[Math.max(0, i - 1)], c[Math.min(k - 1, i + 1)]);
            Point n = new Point(-d.y, d.x); // left of the direction of travel: the back for a right-facing trunk
            edge[i] = c[i].plus(n, back ? r[i] : -r[i]);
        }
        int sideCount = (k - 1) * SUB + 1;
        double[] xs = new double[2 * sideCount];
        double[] ys = new double[2 * sideCount];
        int at = curve(edge, xs, ys, 0, false);
        curve(c, xs, ys, at, true);
        return new Part(name, Side.MIDDLE, xs, ys);
    }

    /** Catmull-Rom through the points, SUB steps between two. */
    private static int curve(Point[] p, double[] xs, double[] ys, int at, boolean reverse) {
        int k = p.length;
        int count = (k - 1) * SUB + 1;
        for (int j = 0; j < count; j++) {
            int q = reverse ? count - 1 - j : j;
            int i = Math.min(q / SUB, k - 2);
            double t = (q - i * SUB) / (double) SUB;
            Point p0 = p[Math.max(0, i - 1)];
            Point p1 = p[i];
            Point p2 = p[i + 1];
            Point p3 = p[Math.min(k - 1, i + 2)];
            double t2 = t * t;
            double t3 = t2 * t;
            xs[at] = 0.5 * (2 * p1.x + (-p0.x + p2.x) * t + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * t2
                    + (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * t3);
            ys[at] = 0.5 * (2 * p1.y + (-p0.y + p2.y) * t + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * t2
                    + (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * t3);
            at++;
        }
        return at;
    }

    /** The inner points of a half circle around c, from the right of {@code d} round to its left. */
    private static int arc(Point c, double r, Point d, int unused, double[] xs, double[] ys, int at) {
        double base = Math.atan2(d.y, d.x);
        for (int i = 1; i < ARC; i++) {
            double t = base - Math.PI / 2 + Math.PI * i / ARC;
            xs[at] = c.x + r * Math.cos(t);
            ys[at] = c.y + r * Math.sin(t);
            at++;
        }
        return at;
    }
}
