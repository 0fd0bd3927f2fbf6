package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;

import java.util.List;

/**
 * How the exercise figure moves over time: from each pose to the next, holding at the last,
 * then back to the start and a short rest, in a loop. Moves ease in and out. Pure arithmetic,
 * so it is tested without a screen; the widget only asks "which pose at this time?".
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
            return between(poses.get(i), poses.get(i + 1), ease((t - i * MOVE_SECONDS) / MOVE_SECONDS));
        }
        t -= forward;
        if (t < HOLD_SECONDS) {
            return poses.get(moves);
        }
        t -= HOLD_SECONDS;
        if (t < forward) {
            int i = (int) (t / MOVE_SECONDS);
            return between(poses.get(moves - i), poses.get(moves - i - 1), ease((t - i * MOVE_SECONDS) / MOVE_SECONDS));
        }
        return poses.get(0);
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
                        angle(x.foot(), y.foot(), t)));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    static double angle(double a, double b, double t) {
        double delta = ((b - a) % 360 + 540) % 360 - 180;
        return a + delta * t;
    }
}
