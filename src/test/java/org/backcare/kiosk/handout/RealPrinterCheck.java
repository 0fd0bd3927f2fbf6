package org.backcare.kiosk.handout;

import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints real handouts through the kiosk's own print path ({@link HandoutPrinter#system()}) on the
 * computer's default printer, for a person to look at the pages. Skipped unless asked for:
 * {@code ./mvnw -o -q test -Dtest=RealPrinterCheck -Dhandout.print=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (with a CUPS PDF printer as the default, the pages land in ~/PDF).
 */
class RealPrinterCheck {

    @Test
    void printOnTheDefaultPrinter() throws Exception {
        assumeTrue(Boolean.getBoolean("handout.print"), "set -Dhandout.print=true to print");
        HandoutPrinter printer = HandoutPrinter.system();
        assertTrue(printer.defaultPrinter().isPresent(), "no default printer");
        Library library = Library.open(null, Main.contentLoader()).withEmergencyNumber("911");
        LocalDate day = LocalDate.of(2026, 12, 4);
        var en = library.in("en");
        PickerEngine engine = new PickerEngine(en.picker(), en.exercises());
        Step.Finish finish = (Step.Finish) engine.next(engine.exampleAnswersFor("result-extension").orElseThrow());
        Handouts handouts = new Handouts(en, "Riverside Physio", "555-0100", "911", null);
        printer.print(HandoutPdf.bytes(handouts.forResult(finish, day)), "result-extension");
        Handouts es = new Handouts(library.in("es"), "Fisioterapia Riverside", "555-0100", "911", null);
        printer.print(HandoutPdf.bytes(es.forPlan(List.of("pelvic-tilt", "single-knee-to-chest"), day)), "plan-es");
    }
}
