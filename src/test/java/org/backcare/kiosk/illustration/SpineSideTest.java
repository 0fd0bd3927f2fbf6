package org.backcare.kiosk.illustration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spine from the side: bending forward opens the backs of the discs, leaning back their fronts. */
class SpineSideTest {

    @Test
    void uprightTheLowDiscsAreTallerInFrontAsTheLowBackCurvesIn() {
        SpineSide tall = SpineSide.bent(0);
        assertTrue(SpineSide.opening(tall.discs().get(0)) < 0, "the disc on the sacrum is a wedge, taller in front");
    }

    @Test
    void itRunsFromTheLowBackToTheNeck() {
        SpineSide tall = SpineSide.bent(0);
        assertEquals(18, tall.bodies().size());
        assertEquals("l5", tall.bodies().get(0).level());
        assertEquals("c7", tall.bodies().get(17).level());
        assertEquals(tall.bodies().size(), tall.discs().size());
        assertTrue(tall.bodies().get(17).backY() < tall.bodies().get(0).backY() - 150, "upright: the neck far above the low back");
    }

    @Test
    void bendingForwardOpensTheBackOfEachLowDiscAndLeaningBackItsFront() {
        SpineSide forward = SpineSide.bent(1);
        SpineSide tall = SpineSide.bent(0);
        SpineSide back = SpineSide.bent(-1);
        for (int i = 0; i < 5; i++) { // the five discs of the low back
            double upright = SpineSide.opening(tall.discs().get(i));
            assertTrue(SpineSide.opening(forward.discs().get(i)) > upright + 1.5, "flexion opens the back of disc " + i);
            assertTrue(SpineSide.opening(back.discs().get(i)) < upright - 1, "extension opens the front of disc " + i);
        }
        assertTrue(forward.topTilt() > tall.topTilt() + 45, "bending forward tips the top of the spine far forward");
        assertTrue(back.topTilt() < tall.topTilt() - 25, "leaning back tips it back, less far");
        assertTrue(forward.topTilt() - tall.topTilt() > tall.topTilt() - back.topTilt(), "a spine bends further forward than back");
        assertEquals(SpineSide.bent(1).topTilt(), SpineSide.bent(3).topTilt(), 1e-9, "held to the range");
    }
}
