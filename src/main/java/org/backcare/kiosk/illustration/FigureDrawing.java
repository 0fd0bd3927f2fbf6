package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.BodyRegion;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Prop;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything drawn for an exercise's figure, as outlines in figure units: the floor and the prop,
 * the start pose's silhouette behind, an arrow along the way the body moves, and the person in a
 * pose with the region the exercise stretches or works tinted. The widget on screen, the exported
 * pictures and the handout draw these same shapes, each in its {@link Ink}.
 */
public final class FigureDrawing {

    /** What a shape is, which decides its colour. */
    public enum Ink {
        FLOOR, MAT, CHAIR, WALL, GHOST, FAR, BODY, TINT, ARROW, ARROW_HEAD
    }

    /** One shape: a closed outline, or an open line (the floor, the arrow's shaft). */
    public record Shape(Ink ink, String name, double[] xs, double[] ys, boolean closed) {
        public int size() {
            return xs.length;
        }
    }

    /** Space around the figure, in figure units. */
    public static final double MARGIN = 10;
    /** How far the arrow runs outside the path of the part it follows. */
    static final double ARROW_OFFSET = 12;
    public static final double ARROW_WIDTH = 2.2;

    private final FigureMotion motion;
    private final Prop prop;
    private final List<BodyRegion> works;
    private final Body.Frame frame;
    private final List<Shape> backdrop = new ArrayList<>();

    public FigureDrawing(Exercise exercise) {
        this(new FigureMotion(exercise.poses()), exercise.prop(), exercise.works(),
                exercise.direction() != Direction.GENERAL);
    }

    public FigureDrawing(FigureMotion motion, Prop prop, List<BodyRegion> works, boolean arrow) {
        this.motion = motion;
        this.prop = prop;
        this.works = List.copyOf(works);
        List<Pose> sampled = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            sampled.add(motion.along(i / 8.0));
        }
        Body.Frame body = Body.frame(sampled, MARGIN);
        double minX = body.minX();
        double maxX = body.maxX();
        double maxY = body.maxY();
        if (prop == Prop.CHAIR) {
            minX = Math.min(minX, Props.SEAT_BACK - MARGIN);
            maxX = Math.max(maxX, Props.SEAT_FRONT + MARGIN);
            maxY = Math.max(maxY, Props.CHAIR_BACK_TOP + MARGIN);
        } else if (prop == Prop.WALL) {
            minX = Math.min(minX, Props.WALL_X - 6);
        }
        List<Shape> arrowShapes = arrow ? arrow(sampled) : List.of();
        for (Shape s : arrowShapes) {
            for (int i = 0; i < s.size(); i++) {
                minX = Math.min(minX, s.xs()[i] - 3);
                maxX = Math.max(maxX, s.xs()[i] + 3);
                maxY = Math.max(maxY, s.ys()[i] + 3);
            }
        }
        frame = new Body.Frame(minX, maxX, maxY);
        backdrop.addAll(props(prop, frame));
        for (Body.Part part : Body.of(motion.poses().get(0)).parts()) {
            backdrop.add(new Shape(Ink.GHOST, "start " + part.name(), part.xs(), part.ys(), true));
        }
        backdrop.addAll(arrowShapes);
    }

    /** The box the whole drawing fits in: y from -{@link #BELOW} up to {@code maxY}. */
    public Body.Frame frame() {
        return frame;
    }

    /** How far below the floor line the drawing reaches (the mat and the floor's line). */
    public static final double BELOW = 4;

    public FigureMotion motion() {
        return motion;
    }

    /** What stays still: the floor, the prop, the start pose's silhouette and the arrow. */
    public List<Shape> backdrop() {
        return backdrop;
    }

    /** The person in a pose, far side first, the tinted regions over the trunk. Always the same shapes in the same order. */
    public List<Shape> person(Pose pose) {
        Body body = Body.of(pose);
        List<Shape> shapes = new ArrayList<>(24);
        for (Body.Part part : body.parts()) {
            Ink ink = part.side() == Body.Side.FAR ? Ink.FAR : Ink.BODY;
            shapes.add(new Shape(ink, part.name(), part.xs(), part.ys(), true));
            if (part.name().equals("trunk")) {
                for (BodyRegion region : works) {
                    if (region != BodyRegion.HAMSTRINGS) {
                        Body.Part band = switch (region) {
                            case LOW_BACK -> body.trunkBand("low back", 1, 2, true);
                            case UPPER_BACK -> body.trunkBand("upper back", 2, 4, true);
                            case BELLY -> body.trunkBand("belly", 1, 2, false);
                            case HAMSTRINGS -> throw new AssertionError();
                        };
                        shapes.add(new Shape(Ink.TINT, band.name(), band.xs(), band.ys(), true));
                    }
                }
            }
            if (part.name().equals("near thigh") && works.contains(BodyRegion.HAMSTRINGS)) {
                Body.Part band = body.hamstrings();
                shapes.add(new Shape(Ink.TINT, band.name(), band.xs(), band.ys(), true));
            }
        }
        return shapes;
    }

    static List<Shape> props(Prop prop, Body.Frame f) {
        List<Shape> shapes = new ArrayList<>();
        double left = f.minX();
        double right = f.maxX();
        if (prop == Prop.MAT) {
            double inset = 4;
            shapes.add(rect(Ink.MAT, "mat", left + inset, -Props.MAT_THICKNESS, right - inset, 0));
        }
        shapes.add(new Shape(Ink.FLOOR, "floor", new double[]{left, right}, new double[]{-Props.MAT_THICKNESS - 1,
                -Props.MAT_THICKNESS - 1}, false));
        if (prop == Prop.CHAIR) {
            double legW = 2.4;
            shapes.add(rect(Ink.CHAIR, "chair back leg", Props.SEAT_BACK, -Props.MAT_THICKNESS - 1,
                    Props.SEAT_BACK + legW, Props.SEAT_BOTTOM));
            shapes.add(rect(Ink.CHAIR, "chair front leg", Props.SEAT_FRONT - legW - 1, -Props.MAT_THICKNESS - 1,
                    Props.SEAT_FRONT - 1, Props.SEAT_BOTTOM));
            shapes.add(rect(Ink.CHAIR, "chair back", Props.SEAT_BACK, Props.SEAT_BOTTOM,
                    Props.SEAT_BACK + Props.CHAIR_BACK_WIDTH, Props.CHAIR_BACK_TOP));
            shapes.add(rect(Ink.CHAIR, "chair seat", Props.SEAT_BACK, Props.SEAT_BOTTOM, Props.SEAT_FRONT, Props.SEAT_TOP));
        } else if (prop == Prop.WALL) {
            shapes.add(rect(Ink.WALL, "wall", Props.WALL_X - 5, -Props.MAT_THICKNESS - 1, Props.WALL_X, f.maxY()));
        }
        return shapes;
    }

    private static Shape rect(Ink ink, String name, double x0, double y0, double x1, double y1) {
        return new Shape(ink, name, new double[]{x0, x1, x1, x0}, new double[]{y0, y0, y1, y1}, true);
    }

    /**
     * An arrow along the way the body moves from the first pose to the last: it follows the part that
     * travels farthest (the knees drawn to the chest, the chest lifted in a press-up), a little outside
     * its path, from about a tenth of the way to nine tenths.
     */
    static List<Shape> arrow(List<Pose> sampled) {
        int n = sampled.size();
        Body first = Body.of(sampled.get(0));
        Body last = Body.of(sampled.get(n - 1));
        int best = -1;
        double travel = 0;
        for (int k = 0; k < 5; k++) {
            double d = point(first, k).distance(point(last, k));
            if (d > travel + 4) { // prefer the earlier (trunk) points unless another moves clearly more
                travel = d;
                best = k;
            }
        }
        Body.Point[] path = new Body.Point[n];
        if (best < 0 || travel < 14) {
            // Nothing travels far (a pelvic tilt): an arc over the hip, turning the way the pelvis turns.
            double turn = FigureMotion.angle(first.pose().angles().pelvis(), last.pose().angles().pelvis(), 1)
                    - first.pose().angles().pelvis();
            if (Math.abs(turn) < 5) {
                return List.of();
            }
            double sign = Math.signum(turn);
            Body.Point hip = first.hip();
            for (int i = 0; i < n; i++) {
                double a = 125 - sign * 30 + sign * 60 * i / (n - 1.0); // over the belly, clear of the thigh
                path[i] = hip.toward(a, 24 - ARROW_OFFSET);
            }
        } else {
            for (int i = 0; i < n; i++) {
                path[i] = point(Body.of(sampled.get(i)), best);
            }
        }
        // Offset outward: away from the middle of the path's chord's pivot, the hip.
        Body.Point hip = first.hip();
        int steps = 14;
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        for (int s = 0; s < steps; s++) {
            double f = 0.12 + 0.76 * s / (steps - 1);
            double x = f * (n - 1);
            int i = Math.min(n - 2, (int) x);
            double t = x - i;
            Body.Point p = new Body.Point(path[i].x() + (path[i + 1].x() - path[i].x()) * t,
                    path[i].y() + (path[i + 1].y() - path[i].y()) * t);
            double dx = p.x() - hip.x();
            double dy = p.y() - hip.y();
            double d = Math.max(1e-6, Math.hypot(dx, dy));
            xs[s] = p.x() + dx / d * ARROW_OFFSET;
            ys[s] = p.y() + dy / d * ARROW_OFFSET;
        }
        // The head: a triangle at the end, along the last piece of the path.
        double ex = xs[steps - 1];
        double ey = ys[steps - 1];
        double ux = ex - xs[steps - 3];
        double uy = ey - ys[steps - 3];
        double ul = Math.max(1e-6, Math.hypot(ux, uy));
        ux /= ul;
        uy /= ul;
        double len = 6.5;
        double half = 3.6;
        double tipX = ex + ux * len * 0.6;
        double tipY = ey + uy * len * 0.6;
        double baseX = ex - ux * len * 0.4;
        double baseY = ey - uy * len * 0.4;
        Shape head = new Shape(Ink.ARROW_HEAD, "arrow head",
                new double[]{tipX, baseX - uy * half, baseX + uy * half},
                new double[]{tipY, baseY + ux * half, baseY - ux * half}, true);
        // the shaft stops inside the head, so its round end does not show past the point
        xs[steps - 1] = baseX;
        ys[steps - 1] = baseY;
        return List.of(new Shape(Ink.ARROW, "arrow", xs, ys, false), head);
    }

    /** The points an arrow may follow: base of the neck, head, near knee, near ankle, near wrist. */
    private static Body.Point point(Body b, int k) {
        return switch (k) {
            case 0 -> b.neck();
            case 1 -> b.head();
            case 2 -> b.knee(false);
            case 3 -> b.ankle(false);
            default -> b.wrist(false);
        };
    }
}
