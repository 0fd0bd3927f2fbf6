package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.BodyPart;
import org.backcare.kiosk.content.Contact;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.JointLimit;
import org.backcare.kiosk.content.JointLimit.Joint;
import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Prop;
import org.backcare.kiosk.content.Surface;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an exercise's figure as a physical therapist would look at it: in every pose and in every
 * frame between two poses, no body part passes through the floor or a prop, every declared contact
 * stays on its surface, and no joint bends past what a body allows or past the exercise's own limit.
 * Each finding names the frame and the part.
 */
public final class PoseCheck {

    /** Frames checked between two poses, besides the poses themselves. */
    public static final int FRAMES_BETWEEN = 11;
    /** How far a part may press into a surface (soft tissue, a mat), in figure units. */
    public static final double SINK = 1.2;
    /** How far above a surface a part may be and still count as touching it. */
    public static final double TOUCH = 1.8;
    /** How far beyond a part's ends another may be and still count as straight over it. */
    public static final double UNDER = 10;

    /** What every body allows, in degrees; see {@link #angle}. */
    static final Map<Joint, double[]> BODY = new EnumMap<>(Map.of(
            Joint.NECK, new double[]{-50, 60},
            Joint.UPPER_BACK, new double[]{-40, 30},
            Joint.LOW_BACK, new double[]{-50, 45},
            Joint.HIP, new double[]{-30, 140},
            Joint.KNEE, new double[]{-5, 155},
            Joint.ANKLE, new double[]{-85, 35},
            Joint.SHOULDER, new double[]{-90, 185},
            Joint.ELBOW, new double[]{-5, 155},
            Joint.WRIST, new double[]{-85, 95}));

    /** One thing wrong with one frame. */
    public record Finding(int pose, String frame, String message) {
    }

    private PoseCheck() {
    }

    /** Every frame the figure shows of this exercise, with a name for messages. */
    public record Frame(int poseIndex, String name, Pose pose) {
    }

    public static List<Frame> frames(Exercise exercise) {
        List<Pose> poses = exercise.poses();
        List<Frame> frames = new ArrayList<>();
        for (int p = 0; p < poses.size(); p++) {
            frames.add(new Frame(p, "the pose \"" + poses.get(p).name() + "\"", poses.get(p)));
            if (p + 1 < poses.size()) {
                for (int k = 1; k <= FRAMES_BETWEEN; k++) {
                    double t = k / (double) (FRAMES_BETWEEN + 1);
                    Pose a = poses.get(p);
                    Pose b = poses.get(p + 1);
                    frames.add(new Frame(-1, String.format(Locale.ROOT, "the frame %d%% of the way from \"%s\" to \"%s\"",
                            Math.round(t * 100), a.name(), b.name()),
                            FigureMotion.planted(a, b, t)));
                }
            }
        }
        return frames;
    }

    /**
     * Everything wrong with the exercise's figure. Between two poses, each kind of fault of each part
     * is reported once, at the first frame it shows in, so one bad angle does not fill a page.
     */
    public static List<Finding> check(Exercise exercise) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Frame frame : frames(exercise)) {
            if (frame.poseIndex() >= 0) {
                seen.clear(); // a new move begins at each pose
            }
            Body body = Body.of(frame.pose());
            List<String> found = new ArrayList<>();
            through(body, exercise.prop(), found);
            for (Contact contact : exercise.contacts()) {
                contact(body, contact, exercise.prop(), found);
            }
            limits(frame.pose(), exercise.limits(), found);
            for (String message : found) {
                String kind = message.replaceAll("-?[0-9]+", "#");
                if (seen.add(kind) || frame.poseIndex() >= 0) {
                    findings.add(new Finding(frame.poseIndex(), frame.name(), message));
                }
            }
        }
        return findings;
    }

    // ---- through the floor or a prop ----

    private static void through(Body body, Prop prop, List<String> found) {
        for (Body.Part part : body.parts()) {
            double low = part.lowest();
            if (low < -SINK) {
                found.add(String.format(Locale.ROOT, "the %s is %.0f units below the floor", part.name(), -low));
            }
            if (prop == Prop.CHAIR && insideChair(part)) {
                found.add("the " + part.name() + " passes through the chair");
            }
            if (prop == Prop.WALL) {
                double back = Double.MAX_VALUE;
                for (double x : part.xs()) {
                    back = Math.min(back, x);
                }
                if (back < Props.WALL_X - SINK) {
                    found.add(String.format(Locale.ROOT, "the %s is %.0f units into the wall", part.name(),
                            Props.WALL_X - back));
                }
            }
        }
    }

    private static boolean insideChair(Body.Part part) {
        for (int i = 0; i < part.size(); i++) {
            double x = part.xs()[i];
            double y = part.ys()[i];
            boolean seat = x > Props.SEAT_BACK + SINK && x < Props.SEAT_FRONT - SINK
                    && y > Props.SEAT_BOTTOM + SINK && y < Props.SEAT_TOP - SINK;
            boolean back = x > Props.SEAT_BACK + SINK && x < Props.SEAT_BACK + Props.CHAIR_BACK_WIDTH - SINK
                    && y > Props.SEAT_TOP && y < Props.CHAIR_BACK_TOP;
            if (seat || back) {
                return true;
            }
        }
        return false;
    }

    // ---- contacts ----

    private static void contact(Body body, Contact contact, Prop prop, List<String> found) {
        for (boolean far : new boolean[]{false, true}) {
            Probe probe = probe(body, contact.part(), far);
            if (probe == null) {
                continue; // a part with one side only (head, back) is probed once
            }
            String name = probe.name();
            for (int end = 0; end < probe.gaps(contact.on()).length; end++) {
                double gap = probe.gaps(contact.on())[end];
                if (gap > TOUCH) {
                    found.add(String.format(Locale.ROOT, "the %s lifts %.0f units off the %s%s, where it should rest",
                            name + (probe.flat() ? (end == 0 ? " (its upper end)" : " (its lower end)") : ""),
                            gap, surface(contact.on()), ""));
                }
            }
            if (contact.under() != null) {
                double over = underX(body, contact.under(), far);
                double off = Math.max(0, Math.max(probe.minX() - over, over - probe.maxX()));
                if (off > UNDER) {
                    found.add(String.format(Locale.ROOT, "the %s is %.0f units %s the %s, not under them", name,
                            off, probe.minX() > over ? "ahead of" : "behind", label(contact.under())));
                }
            }
        }
    }

    private static String surface(Surface s) {
        return switch (s) {
            case FLOOR -> "floor";
            case SEAT -> "chair's seat";
            case WALL -> "wall";
        };
    }

    static String label(BodyPart part) {
        return part.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static double underX(Body body, BodyPart part, boolean far) {
        return switch (part) {
            case SHOULDERS -> body.shoulder().x();
            case HEAD -> body.head().x();
            case PELVIS -> body.hip().x();
            case KNEES -> body.knee(far).x();
            case ELBOWS -> body.elbow(far).x();
            case HANDS -> body.wrist(far).x();
            default -> body.hip().x();
        };
    }

    /** Where a part meets a surface: one outline, or for a flat part its two halves, each of which must touch. */
    private record Probe(String name, boolean flat, List<double[][]> pieces) {
        double[] gaps(Surface on) {
            double[] gaps = new double[pieces.size()];
            for (int i = 0; i < gaps.length; i++) {
                double[] xs = pieces.get(i)[0];
                double[] ys = pieces.get(i)[1];
                double g = Double.MAX_VALUE;
                for (int k = 0; k < xs.length; k++) {
                    g = Math.min(g, switch (on) {
                        case FLOOR -> ys[k];
                        case SEAT -> ys[k] - Props.SEAT_TOP;
                        case WALL -> xs[k] - Props.WALL_X;
                    });
                }
                gaps[i] = g;
            }
            return gaps;
        }

        double minX() {
            double m = Double.MAX_VALUE;
            for (double[][] piece : pieces) {
                for (double x : piece[0]) {
                    m = Math.min(m, x);
                }
            }
            return m;
        }

        double maxX() {
            double m = -Double.MAX_VALUE;
            for (double[][] piece : pieces) {
                for (double x : piece[0]) {
                    m = Math.max(m, x);
                }
            }
            return m;
        }
    }

    private static Probe probe(Body body, BodyPart part, boolean far) {
        String side = far ? "far " : "near ";
        return switch (part) {
            case HEAD -> far ? null : whole("head", body.part("head"));
            case UPPER_BACK -> far ? null : whole("upper back", body.trunkNear("upper back", 3, 4));
            case LOW_BACK -> far ? null : whole("low back", body.trunkNear("low back", 1, 2));
            case PELVIS -> far ? null : whole("pelvis", body.trunkNear("pelvis", 0));
            case SHOULDERS -> far ? null : whole("shoulders", body.trunkNear("shoulders", 4));
            case HANDS -> flat(side + "hand", body.part(side + "hand"));
            case FOREARMS -> flat(side + "forearm", body.part(side + "forearm"));
            case THIGHS -> flat(side + "thigh", body.part(side + "thigh"));
            case SHINS -> flat(side + "shin", body.part(side + "shin"));
            case FEET -> flat(side + "foot", body.part(side + "foot"));
            case ELBOWS -> half(side + "elbow", body.part(side + "forearm"), true);
            case KNEES -> half(side + "knee", body.part(side + "shin"), true);
            case TOES -> half(side + "toes", body.part(side + "foot"), false);
        };
    }

    private static Probe whole(String name, Body.Part part) {
        return new Probe(name, false, List.<double[][]>of(new double[][]{part.xs(), part.ys()}));
    }

    /** A flat part touches along its length: both its first and its second half must touch. */
    private static Probe flat(String name, Body.Part part) {
        double[][][] halves = halves(part);
        return new Probe(name, true, List.of(halves[0], halves[1]));
    }

    private static Probe half(String name, Body.Part part, boolean first) {
        double[][][] halves = halves(part);
        return new Probe(name, false, List.<double[][]>of(halves[first ? 0 : 1]));
    }

    /** The part's outline split across the middle of its length (the sweep's first point is at its start end). */
    private static double[][][] halves(Body.Part part) {
        // The outline runs: one side start to end, the end cap, the other side end to start, the start cap.
        // Split by distance along the axis from the start end.
        int n = part.size();
        double sx = (part.xs()[0] + part.xs()[n - 1]) / 2;
        double sy = (part.ys()[0] + part.ys()[n - 1]) / 2;
        int farthest = 0;
        double best = -1;
        for (int i = 0; i < n; i++) {
            double d = Math.hypot(part.xs()[i] - sx, part.ys()[i] - sy);
            if (d > best) {
                best = d;
                farthest = i;
            }
        }
        double ex = part.xs()[farthest];
        double ey = part.ys()[farthest];
        double ax = ex - sx;
        double ay = ey - sy;
        double len2 = Math.max(1e-9, ax * ax + ay * ay);
        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        List<Double> lx = new ArrayList<>();
        List<Double> ly = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = ((part.xs()[i] - sx) * ax + (part.ys()[i] - sy) * ay) / len2;
            (t < 0.5 ? fx : lx).add(part.xs()[i]);
            (t < 0.5 ? fy : ly).add(part.ys()[i]);
        }
        return new double[][][]{{unbox(fx), unbox(fy)}, {unbox(lx), unbox(ly)}};
    }

    private static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    // ---- joint limits ----

    private static void limits(Pose pose, List<JointLimit> declared, List<String> found) {
        for (Joint joint : Joint.values()) {
            for (boolean far : sides(joint)) {
                double a = angle(pose.angles(), joint, far);
                String name = (sides(joint).length == 2 ? (far ? "far " : "near ") : "") + label(joint);
                double[] body = BODY.get(joint);
                if (a < body[0] - 0.5 || a > body[1] + 0.5) {
                    found.add(String.format(Locale.ROOT, "the %s bends %.0f°, past what a body allows (%.0f° to %.0f°)",
                            name, a, body[0], body[1]));
                    continue;
                }
                for (JointLimit limit : declared) {
                    if (limit.joint() == joint && (a < limit.min() - 0.5 || a > limit.max() + 0.5)) {
                        found.add(String.format(Locale.ROOT, "the %s bends %.0f°, past this exercise's limit (%.0f° to %.0f°)",
                                name, a, limit.min(), limit.max()));
                    }
                }
            }
        }
    }

    private static boolean[] sides(Joint joint) {
        return switch (joint) {
            case NECK, UPPER_BACK, LOW_BACK -> new boolean[]{false};
            default -> new boolean[]{false, true};
        };
    }

    static String label(Joint joint) {
        return joint.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * A joint's bend in degrees, 0 standing upright with the arms by the sides. Positive is: the neck
     * and back bending backwards (extension), the hip and knee and elbow bending (flexion), the ankle
     * lifting the toes, the shoulder raising the arm forwards, the wrist tilting the hand back.
     */
    public static double angle(Joints j, Joint joint, boolean far) {
        return switch (joint) {
            case NECK -> norm(j.head() - j.trunk());
            case UPPER_BACK -> norm(j.trunk() - j.lowBack());
            case LOW_BACK -> norm(j.lowBack() - j.pelvis());
            case HIP -> norm((far ? j.farThigh() : j.thigh()) - j.pelvis() - 180);
            case KNEE -> norm((far ? j.farThigh() : j.thigh()) - (far ? j.farShin() : j.shin()));
            case ANKLE -> norm((far ? j.foot() + j.farShin() - j.shin() : j.foot()) - (far ? j.farShin() : j.shin())) - 90;
            case SHOULDER -> {
                double a = norm((far ? j.farUpperArm() : j.upperArm()) - j.trunk() - 180);
                yield a < -90 ? a + 360 : a;
            }
            case ELBOW -> norm((far ? j.farForearm() : j.forearm()) - (far ? j.farUpperArm() : j.upperArm()));
            case WRIST -> norm((far ? j.farHand() : j.hand()) - (far ? j.farForearm() : j.forearm()));
        };
    }

    static double norm(double degrees) {
        return ((degrees % 360) + 540) % 360 - 180;
    }
}
