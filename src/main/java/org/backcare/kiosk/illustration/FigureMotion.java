package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;

import java.util.List;

/**
 * How the exercise figure moves over time: from each pose to the next, holding at the last,
 * then back to the start and a short rest, in a loop. Moves ease in and out. Pure arithmetic,
 * so it is tested without a screen; the widget only asks "which pose at this time?".
 *
 * <p>A hand or a foot that is in the same place in both poses of a move (a press-up's hands, the
 * feet of a pelvic tilt) stays where it is while the body moves: the limb's two angles are solved
 * for it, frame by frame, as a person's would be; a forearm lying on the floor in both slides along it.
 */
public final class FigureMotion {

    public static final double MOVE_SECONDS = 1.6;
    public static final double HOLD_SECONDS = 1.5;
    public static final double REST_SECONDS = 0.8;

    private final List<Pose> poses;

    public FigureMotion(List<Pose> poses) {
        if (poses.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one pose");
        }
        this.poses = List.copyOf(poses);
    }

    public List<Pose> poses() {
        return poses;
    }

    /** The pose a fraction {@code f} (0 to 1) of the way from the first pose to the last, eased in each move. */
    public Pose along(double f) {
        int moves = poses.size() - 1;
        if (moves == 0) {
            return poses.get(0);
        }
        double x = Math.max(0, Math.min(1, f)) * moves;
        int i = Math.min(moves - 1, (int) x);
        return move(poses.get(i), poses.get(i + 1), ease(x - i));
    }

    private Pose move(Pose a, Pose b, double t) {
        return planted(a, b, t);
    }

    /** Seconds for one whole loop. */
    public double cycleSeconds() {
        int moves = poses.size() - 1;
        return moves * MOVE_SECONDS + HOLD_SECONDS + moves * MOVE_SECONDS + REST_SECONDS;
    }

    /** When the figure reaches the last pose and starts to hold it. */
    public double holdStartsAt() {
        return (poses.size() - 1) * MOVE_SECONDS;
    }

    /** The pose at a time since the loop began; any time, it wraps around. */
    public Pose at(double seconds) {
        int moves = poses.size() - 1;
        if (moves == 0) {
            return poses.get(0);
        }
        double t = seconds % cycleSeconds();
        if (t < 0) {
            t += cycleSeconds();
        }
        double forward = moves * MOVE_SECONDS;
        if (t < forward) {
            int i = (int) (t / MOVE_SECONDS);
            return move(poses.get(i), poses.get(i + 1), ease((t - i * MOVE_SECONDS) / MOVE_SECONDS));
        }
        t -= forward;
        if (t < HOLD_SECONDS) {
            return poses.get(moves);
        }
        t -= HOLD_SECONDS;
        if (t < forward) {
            int i = (int) (t / MOVE_SECONDS);
            return move(poses.get(moves - i), poses.get(moves - i - 1), ease((t - i * MOVE_SECONDS) / MOVE_SECONDS));
        }
        return poses.get(0);
    }

    /** How close two poses' wrists must be for the hand to count as staying put, in figure units. */
    static final double PLANTED = 3;

    /**
     * The pose between a and b, with each hand that stays put in both (within {@link #PLANTED}) kept
     * on its path from one to the other: the shoulder and elbow angles are solved for it.
     */
    public static Pose planted(Pose a, Pose b, double t) {
        Pose p = between(a, b, t);
        Body ba = Body.of(a);
        Body bb = Body.of(b);
        Body bp = Body.of(p);
        Joints j = p.angles();
        double[] near = {j.upperArm(), j.forearm()};
        double[] far = {j.farUpperArm(), j.farForearm()};
        boolean changed = false;
        for (boolean side : new boolean[]{false, true}) {
            double[] arm = side ? far : near;
            if (ba.wrist(side).distance(bb.wrist(side)) < PLANTED) {
                changed |= reach(bp.shoulder(), lerp(ba.wrist(side), bb.wrist(side), t), arm);
            } else if (lying(ba, side) && lying(bb, side)) {
                changed |= slide(bp.shoulder(), lerp(ba.elbow(side), bb.elbow(side), t), arm);
            }
        }
        double[] nearLeg = {j.thigh(), j.shin()};
        double[] farLeg = {j.farThigh(), j.farShin()};
        for (boolean side : new boolean[]{false, true}) {
            if (ba.ankle(side).distance(bb.ankle(side)) < PLANTED) {
                changed |= stand(bp.hip(), lerp(ba.ankle(side), bb.ankle(side), t), side ? farLeg : nearLeg);
            }
        }
        if (!changed) {
            return p;
        }
        // The feet keep their own angle (Joints.foot is to the floor, not to the shin).
        return new Pose(p.name(), p.hipX(), p.hipY(), new Joints(j.trunk(), j.head(), near[0], near[1], nearLeg[0],
                nearLeg[1], far[0], far[1], farLeg[0], farLeg[1], j.foot(), j.pelvis(), j.lowBack(), j.hand(),
                j.farHand(), j.farFoot()));
    }

    /** Thigh and shin angles that put the ankle at {@code target} from the hip, the knee bent forwards. */
    static boolean stand(Body.Point hip, Body.Point target, double[] angles) {
        return twoBones(hip, target, Body.THIGH, Body.SHIN, 1, angles);
    }

    /** A forearm lying on the floor: elbow and wrist both low, at about the same height. */
    private static boolean lying(Body b, boolean far) {
        return b.elbow(far).y() < 6 && Math.abs(b.elbow(far).y() - b.wrist(far).y()) < 2;
    }

    /**
     * The upper arm's angle that keeps the elbow at {@code target}'s height (on the floor), on the side
     * of the shoulder the target is; the forearm keeps its interpolated angle, lying along the floor.
     */
    static boolean slide(Body.Point shoulder, Body.Point target, double[] angles) {
        double dy = target.y() - shoulder.y();
        if (Math.abs(dy) >= Body.UPPER_ARM) {
            return false;
        }
        double dx = Math.sqrt(Body.UPPER_ARM * Body.UPPER_ARM - dy * dy);
        double x = Math.abs(shoulder.x() + dx - target.x()) <= Math.abs(shoulder.x() - dx - target.x()) ? dx : -dx;
        angles[0] = Math.toDegrees(Math.atan2(dy, x));
        return true;
    }

    private static Body.Point lerp(Body.Point a, Body.Point b, double t) {
        return new Body.Point(lerp(a.x(), b.x(), t), lerp(a.y(), b.y(), t));
    }

    /**
     * Two angles (upper arm, forearm) that put the wrist at {@code target} from the shoulder, the elbow
     * bent the way it already is. An arm too short reaches as far as it can, straight.
     */
    static boolean reach(Body.Point shoulder, Body.Point target, double[] angles) {
        // the elbow bends to the same side as in the interpolated pose
        double bend = ((angles[1] - angles[0]) % 360 + 540) % 360 - 180;
        return twoBones(shoulder, target, Body.UPPER_ARM, Body.FOREARM, bend >= 0 ? -1 : 1, angles);
    }

    /**
     * A limb of two bones from {@code root} (lengths {@code l1}, {@code l2}) whose end is at {@code target},
     * or as near as the limb reaches, straight: the first bone's angle turned {@code side} (+1 or -1) from
     * the line to the target, into {@code angles[0]}, and the second bone's into {@code angles[1]}.
     */
    private static boolean twoBones(Body.Point root, Body.Point target, double l1, double l2, double side,
                                    double[] angles) {
        double dx = target.x() - root.x();
        double dy = target.y() - root.y();
        double d = Math.max(1e-6, Math.min(l1 + l2 - 1e-6, Math.hypot(dx, dy)));
        double toTarget = Math.toDegrees(Math.atan2(dy, dx));
        double a = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))));
        double first = toTarget + side * a;
        Body.Point joint = root.toward(first, l1);
        angles[0] = first;
        angles[1] = Math.toDegrees(Math.atan2(target.y() - joint.y(), target.x() - joint.x()));
        return true;
    }

    /** Smooth start and stop. */
    static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    /** The pose a fraction {@code t} of the way from {@code a} to {@code b}; angles take the short way round. */
    public static Pose between(Pose a, Pose b, double t) {
        Joints x = a.angles();
        Joints y = b.angles();
        return new Pose(t < 0.5 ? a.name() : b.name(), lerp(a.hipX(), b.hipX(), t), lerp(a.hipY(), b.hipY(), t),
                new Joints(angle(x.trunk(), y.trunk(), t), angle(x.head(), y.head(), t),
                        angle(x.upperArm(), y.upperArm(), t), angle(x.forearm(), y.forearm(), t),
                        angle(x.thigh(), y.thigh(), t), angle(x.shin(), y.shin(), t),
                        angle(x.farUpperArm(), y.farUpperArm(), t), angle(x.farForearm(), y.farForearm(), t),
                        angle(x.farThigh(), y.farThigh(), t), angle(x.farShin(), y.farShin(), t),
                        angle(x.foot(), y.foot(), t), angle(x.pelvis(), y.pelvis(), t),
                        angle(x.lowBack(), y.lowBack(), t), angle(x.hand(), y.hand(), t),
                        angle(x.farHand(), y.farHand(), t), angle(x.farFoot(), y.farFoot(), t)));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    static double angle(double a, double b, double t) {
        double delta = ((b - a) % 360 + 540) % 360 - 180;
        return a + delta * t;
    }
}
