package org.backcare.kiosk.handout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The therapist's plan: exercises in the order added, once each, at most twelve, emptied for the next person. */
class TherapistPlanTest {

    @Test
    void keepsTheOrderAddedAndEachExerciseOnce() {
        TherapistPlan plan = new TherapistPlan();
        assertTrue(plan.isEmpty());
        assertTrue(plan.add("press-up"));
        assertTrue(plan.add("pelvic-tilt"));
        assertFalse(plan.add("press-up"), "an exercise is in the plan once");
        assertEquals(List.of("press-up", "pelvic-tilt"), plan.exercises());
        assertTrue(plan.contains("pelvic-tilt"));
        assertTrue(plan.remove("press-up"));
        assertFalse(plan.remove("press-up"));
        assertEquals(List.of("pelvic-tilt"), plan.exercises());
        assertThrows(UnsupportedOperationException.class, () -> plan.exercises().add("x"), "the list given out is a copy");
    }

    @Test
    void holdsAtMostTwelveAndClearEmptiesIt() {
        TherapistPlan plan = new TherapistPlan();
        for (int i = 0; i < TherapistPlan.MAX_EXERCISES; i++) {
            assertTrue(plan.add("e" + i));
        }
        assertTrue(plan.isFull());
        assertFalse(plan.add("one-more"));
        assertEquals(TherapistPlan.MAX_EXERCISES, plan.size());
        plan.clear();
        assertTrue(plan.isEmpty());
        assertEquals(List.of(), plan.exercises());
    }

    /** The printer seam: without a printer nothing is offered and printing fails with a reason, never a crash. */
    @Test
    void noPrinterIsAnsweredWithoutThrowing() {
        assertTrue(HandoutPrinter.NONE.defaultPrinter().isEmpty());
        assertThrows(java.io.IOException.class, () -> HandoutPrinter.NONE.print(new byte[0], "x"));
        // The real lookup answers (a printer or none) and never throws, with or without CUPS here.
        HandoutPrinter.system().defaultPrinter();
    }
}
