package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pose interpolation and the loop: start → end, hold, back, rest. */
class FigureMotionTest {

    private static Pose pose(String name, double hipY, double trunk, double thigh) {
        return new Pose(name, 0, hipY, new Joints(trunk, trunk, 0, 0, thigh, -80, null, null, null, null, null, null, null, null, null, null));
    }

    private final Pose start = pose("start", 9, 180, 50);
    private final Pose end = pose("end", 19, 170, 130);
    private final FigureMotion motion = new FigureMotion(List.of(start, end));

    @Test
    void halfwayIsHalfwayInEveryJoint() {
        Pose mid = FigureMotion.between(start, end, 0.5);
        assertEquals(14, mid.hipY(), 1e-9);
        assertEquals(175, mid.angles().trunk(), 1e-9);
        assertEquals(90, mid.angles().thigh(), 1e-9);
        assertEquals(-80, mid.angles().farShin(), 1e-9, "defaults follow the near leg");
        assertEquals(10, mid.angles().foot(), 1e-9, "the foot defaults to a right angle with the shin");
    }

    @Test
    void anglesTakeTheShortWayRound() {
        assertEquals(180, FigureMotion.angle(170, -170, 0.5), 1e-9, "20 degrees apart across 180, not 340 the long way");
        assertEquals(0, FigureMotion.angle(-10, 10, 0.5), 1e-9);
        assertEquals(350, FigureMotion.angle(350, 350, 0.3), 1e-9);
    }

    @Test
    void theLoopMovesHoldsReturnsAndRests() {
        assertEquals(start, motion.at(0));
        double move = FigureMotion.MOVE_SECONDS;
        double hold = FigureMotion.HOLD_SECONDS;
        assertEquals(130, motion.at(move).angles().thigh(), 1e-9, "at the end pose after one move");
        assertEquals(end, motion.at(move + hold / 2), "holds the end pose");
        Pose returning = motion.at(move + hold + move / 2);
        assertEquals(90, returning.angles().thigh(), 1e-9, "eased halfway is halfway");
        assertEquals(start, motion.at(2 * move + hold + FigureMotion.REST_SECONDS / 2), "rests at the start");
        assertEquals(2 * move + hold + FigureMotion.REST_SECONDS, motion.cycleSeconds(), 1e-9);
        assertEquals(motion.at(0.4).angles().thigh(), motion.at(0.4 + 3 * motion.cycleSeconds()).angles().thigh(), 1e-6, "loops");
    }

    @Test
    void easingStartsAndStopsGently() {
        assertEquals(0, FigureMotion.ease(0), 1e-9);
        assertEquals(1, FigureMotion.ease(1), 1e-9);
        assertEquals(0.5, FigureMotion.ease(0.5), 1e-9);
        double early = FigureMotion.ease(0.1);
        assertEquals(0.028, early, 1e-9);
    }

    @Test
    void aFigureNeedsAPose() {
        assertThrows(IllegalArgumentException.class, () -> new FigureMotion(List.of()));
        assertEquals(start, new FigureMotion(List.of(start)).at(5));
    }

    @Test
    void theBodyFollowsTheAngles() {
        Body b = Body.of(new Pose("stand", 0, 82, new Joints(90, 90, -90, -90, -90, -90, null, null, null, null, null,
                null, null, null, null, null)));
        assertEquals(82 + Body.PELVIS * Math.cos(Math.toRadians(Body.PELVIC_TILT)) + Body.LOW_BACK + Body.UPPER_BACK,
                b.neck().y(), 1e-9, "a straight back, over a pelvis that leans back from the hip joint");
        assertEquals(82 - Body.THIGH - Body.SHIN, b.ankle(false).y(), 1e-9);
        assertTrue(b.head().y() > b.neck().y(), "the head is above the neck");
        assertEquals(b.part("near foot").lowest(), b.lowest(), 1e-9, "the feet are lowest");
    }

    @Test
    void aHandOnTheFloorStaysPutWhileTheBodyMoves() {
        Pose a = new Pose("down", 0, 10, new Joints(0, 0, -120, -60, 180, 180, null, null, null, null, null,
                null, null, 0.0, null, null));
        Pose b = new Pose("up", 0, 10, new Joints(40, 40, -90, -90, 180, 180, null, null, null, null, null,
                null, null, 0.0, null, null));
        Body.Point from = Body.of(a).wrist(false);
        Body.Point to = Body.of(b).wrist(false);
        Body.Point mid = Body.of(FigureMotion.planted(a, b, 0.5)).wrist(false);
        if (from.distance(to) < FigureMotion.PLANTED) {
            assertEquals((from.x() + to.x()) / 2, mid.x(), 1e-6);
            assertEquals((from.y() + to.y()) / 2, mid.y(), 1e-6);
        }
    }
}
