package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;

/**
 * Where each joint of the exercise figure is for a pose: a side view, floor at height 0, y up.
 * Proportions are those of an adult, in figure units (the trunk is 50).
 */
public record Skeleton(Point hip, Point shoulder, Point head, Point elbow, Point hand, Point knee, Point ankle,
                       Point toe, Point farElbow, Point farHand, Point farKnee, Point farAnkle, Point farToe) {

    public static final double TRUNK = 50;
    public static final double NECK_TO_HEAD = 17;
    public static final double HEAD_RADIUS = 9;
    public static final double UPPER_ARM = 28;
    public static final double FOREARM = 26;
    public static final double THIGH = 42;
    public static final double SHIN = 40;
    public static final double FOOT = 10;

    /** A point in figure units. */
    public record Point(double x, double y) {
        Point toward(double degrees, double length) {
            double r = Math.toRadians(degrees);
            return new Point(x + length * Math.cos(r), y + length * Math.sin(r));
        }
    }

    /** The box every pose of a figure fits in, head included, plus {@code margin} on each side and above. */
    public record Frame(double minX, double maxX, double maxY) {
    }

    /**
     * One frame for all of a figure's poses, so the figure keeps its scale as it moves (on screen) and
     * its start and end pictures share one scale (on the handout).
     */
    public static Frame frame(java.util.List<Pose> poses, double margin) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double top = 0;
        for (Pose pose : poses) {
            Skeleton s = of(pose);
            for (Point p : java.util.List.of(s.hip(), s.shoulder(), s.elbow(), s.hand(), s.knee(), s.ankle(), s.toe(),
                    s.farElbow(), s.farHand(), s.farKnee(), s.farAnkle(), s.farToe())) {
                lo = Math.min(lo, p.x());
                hi = Math.max(hi, p.x());
                top = Math.max(top, p.y());
            }
            lo = Math.min(lo, s.head().x() - HEAD_RADIUS);
            hi = Math.max(hi, s.head().x() + HEAD_RADIUS);
            top = Math.max(top, s.head().y() + HEAD_RADIUS);
        }
        return new Frame(lo - margin, hi + margin, top + margin);
    }

    public static Skeleton of(Pose pose) {
        Joints a = pose.angles();
        Point hip = new Point(pose.hipX(), pose.hipY());
        Point shoulder = hip.toward(a.trunk(), TRUNK);
        Point elbow = shoulder.toward(a.upperArm(), UPPER_ARM);
        Point farElbow = shoulder.toward(a.farUpperArm(), UPPER_ARM);
        Point knee = hip.toward(a.thigh(), THIGH);
        Point farKnee = hip.toward(a.farThigh(), THIGH);
        Point ankle = knee.toward(a.shin(), SHIN);
        Point farAnkle = farKnee.toward(a.farShin(), SHIN);
        return new Skeleton(hip, shoulder, shoulder.toward(a.head(), NECK_TO_HEAD),
                elbow, elbow.toward(a.forearm(), FOREARM), knee, ankle, ankle.toward(a.foot(), FOOT),
                farElbow, farElbow.toward(a.farForearm(), FOREARM), farKnee, farAnkle,
                farAnkle.toward(a.foot() + a.farShin() - a.shin(), FOOT));
    }

    /** The lowest point of the figure: below 0 means a body part goes through the floor. */
    public double lowest() {
        double low = head.y() - HEAD_RADIUS;
        for (Point p : new Point[]{hip, shoulder, elbow, hand, knee, ankle, toe, farElbow, farHand, farKnee,
                farAnkle, farToe}) {
            low = Math.min(low, p.y());
        }
        return low;
    }

    /** The name of the lowest body part, for messages. */
    public String lowestPart() {
        String[] names = {"hip", "shoulder", "elbow", "hand", "knee", "ankle", "toes", "far elbow", "far hand",
                "far knee", "far ankle", "far toes"};
        Point[] points = {hip, shoulder, elbow, hand, knee, ankle, toe, farElbow, farHand, farKnee, farAnkle, farToe};
        String part = "head";
        double low = head.y() - HEAD_RADIUS;
        for (int i = 0; i < points.length; i++) {
            if (points[i].y() < low) {
                low = points[i].y();
                part = names[i];
            }
        }
        return part;
    }
}
