package org.backcare.kiosk.screen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.handout.Handout;
import org.backcare.kiosk.handout.HandoutPrinter;
import org.backcare.kiosk.handout.Handouts;
import org.backcare.kiosk.handout.PlanText;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.settings.ClinicDetails;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.shell.Kiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.backcare.kiosk.screen.KioskUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taking it home: print and save on results and exercise pages and never on an emergency, no print
 * button without a printer, the therapist's plan (added, listed, emptied by the idle reset), and an
 * on-screen QR code that a phone can read.
 */
@UiTest
class TakeHomeTest {

    /** A printer that keeps what it is sent; "unplugged", it is not there. */
    static final class FakePrinter implements HandoutPrinter {
        volatile boolean plugged = true;
        final List<byte[]> printed = new ArrayList<>();

        @Override
        public Optional<String> defaultPrinter() {
            return plugged ? Optional.of("Desk printer") : Optional.empty();
        }

        @Override
        public synchronized void print(byte[] pdf, String jobName) {
            printed.add(pdf);
        }
    }

    private final TestClock clock = new TestClock();
    private final FakePrinter printer = new FakePrinter();
    private Stage stage;
    private Kiosk kiosk;

    @TempDir
    Path usbStick;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, Settings settings, HandoutPrinter printer) {
        robot.interact(() -> kiosk = KioskUi.show(stage, 1920, 1080,
                new Kiosk(KioskUi.library(), settings, clock, () -> { }, null, printer, (owner, title) -> usbStick)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void go(FxRobot robot, Route route) {
        robot.interact(() -> kiosk.navigator().go(route));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Route result(String resultId) {
        return new Route.PickerStep(kiosk.screens().content().picker().exampleAnswersFor(resultId).orElseThrow());
    }

    private static boolean shown(FxRobot robot, String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        if (node.isEmpty()) {
            return false;
        }
        for (Node n = node.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void resultsAndExercisesOfferPrintAndSaveAndAnEmergencyOffersNothing(FxRobot robot) {
        open(robot, Settings.DEFAULTS, printer);
        for (String id : List.of("result-extension", "result-doctor-today", "result-flexion-ask-first")) {
            go(robot, result(id));
            waitUntil("the print button on " + id, () -> shown(robot, "#printHandout"));
            assertTrue(shown(robot, "#saveHandout"), "Save as PDF outside kiosk mode, on " + id);
            assertTrue(shown(robot, "#handoutQr"), "the QR code on " + id);
            assertTrue(shown(robot, "#qrCaption"));
        }
        go(robot, new Route.ExercisePage("press-up"));
        waitUntil("the print button on an exercise", () -> shown(robot, "#printHandout"));
        assertTrue(shown(robot, "#saveHandout"));
        assertFalse(shown(robot, "#addToHandout"), "Add to handout is the therapist's");

        go(robot, result("result-emergency"));
        assertEquals(Optional.empty(), robot.lookup("#takeHome").tryQuery(), "nothing beside \"call now\"");
        assertEquals(Optional.empty(), robot.lookup("#printHandout").tryQuery());
        assertEquals(Optional.empty(), robot.lookup("#handoutQr").tryQuery());
    }

    @Test
    void kioskModePrintsWithNoDialogAndHidesPrintWithoutAPrinter(FxRobot robot) {
        open(robot, Settings.DEFAULTS.withMode(Mode.KIOSK), printer);
        go(robot, result("result-extension"));
        waitUntil("the print button", () -> shown(robot, "#printHandout"));
        assertEquals(Optional.empty(), robot.lookup("#saveHandout").tryQuery(), "no folders to browse in kiosk mode");
        tap(robot, "#printHandout");
        waitUntil("the handout printed", () -> printer.printed.size() == 1);
        assertTrue(new String(printer.printed.get(0), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        waitUntil("the message", () -> robot.lookup("#handoutStatus").queryAs(Label.class).getText()
                .equals("Sent to the printer. Please collect your handout there.")
                && robot.lookup("#handoutStatus").query().isVisible());
        assertEquals(1, javafx.stage.Window.getWindows().size(), "no print dialog: the kiosk's window only");
        assertTrue(robot.lookup("#printHandout").query().isDisabled(), "one copy per visit in kiosk mode");
    }

    @Test
    void withNoPrinterThePrintButtonDoesNotShow(FxRobot robot) {
        printer.plugged = false;
        open(robot, Settings.DEFAULTS.withMode(Mode.KIOSK), printer);
        go(robot, result("result-extension"));
        assertTrue(KioskUi.holdsFor(500, () -> !shown(robot, "#printHandout")), "no printer, no print button");
        assertTrue(shown(robot, "#handoutQr"), "the QR code still shows");
        go(robot, new Route.ExercisePage("press-up"));
        assertTrue(KioskUi.holdsFor(300, () -> !shown(robot, "#takeHome")),
                "an exercise page in kiosk mode has nothing to offer without a printer");
        // The real printing system is asked the same way and answers without throwing, printer or not.
        open(robot, Settings.DEFAULTS.withMode(Mode.KIOSK), HandoutPrinter.system());
        go(robot, result("result-extension"));
        assertTrue(shown(robot, "#handoutQr"));
    }

    @Test
    void staffSwitchingToTherapistModeFindTheirButtonsOnTheScreenShown(FxRobot robot) {
        open(robot, Settings.DEFAULTS.withMode(Mode.KIOSK), printer);
        go(robot, new Route.ExercisePage("press-up"));
        assertEquals(Optional.empty(), robot.lookup("#addToHandout").tryQuery());
        robot.interact(() -> kiosk.session().switchMode(Mode.THERAPIST));
        assertTrue(shown(robot, "#addToHandout") && shown(robot, "#saveHandout"));
        assertEquals(new Route.ExercisePage("press-up"), kiosk.navigator().current());
    }

    @Test
    void saveAsPdfWritesToTheChosenFolderAndNeverOverwrites(FxRobot robot) throws IOException {
        open(robot, Settings.DEFAULTS.withMode(Mode.THERAPIST), HandoutPrinter.NONE);
        go(robot, new Route.ExercisePage("pelvic-tilt"));
        tap(robot, "#saveHandout");
        waitUntil("the file", () -> usbStick.resolve("back-exercises-pelvic-tilt-2026-01-01.pdf").toFile().isFile());
        tap(robot, "#saveHandout");
        waitUntil("a second file beside it", () -> usbStick.resolve("back-exercises-pelvic-tilt-2026-01-01 (2).pdf")
                .toFile().isFile());
        waitUntil("the message names the file", () -> robot.lookup("#handoutStatus").queryAs(Label.class).getText()
                .startsWith("Saved as back-exercises-pelvic-tilt-2026-01-01 (2).pdf in "));
        byte[] pdf = Files.readAllBytes(usbStick.resolve("back-exercises-pelvic-tilt-2026-01-01.pdf"));
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void aTherapistAddsToTheHandoutSeesItListedAndTheIdleResetEmptiesIt(FxRobot robot) throws Exception {
        open(robot, Settings.DEFAULTS.withMode(Mode.THERAPIST), printer);
        go(robot, new Route.ExercisePage("press-up"));
        tap(robot, "#addToHandout");
        assertEquals("Take out of handout", robot.lookup("#addToHandout").queryAs(Button.class).getText());
        go(robot, new Route.ExercisePage("pelvic-tilt"));
        tap(robot, "#addToHandout");
        assertEquals(List.of("press-up", "pelvic-tilt"), kiosk.takeHome().plan());
        assertEquals("Handout (2)", robot.lookup("#jump-plan").queryAs(Button.class).getText(),
                "the therapist panel counts the plan");
        tap(robot, "#openPlan");
        assertEquals(ScreenRegistry.PLAN, kiosk.navigator().current());
        assertTrue(shown(robot, "#plan-press-up") && shown(robot, "#plan-pelvic-tilt"));
        assertTrue(robot.lookup("#plan-press-up").queryAs(Label.class).getText().startsWith("1. "));
        Content content = kiosk.screens().content().content();
        Handout expected = new Handouts(content, null, null, "911", null).forPlan(List.of("press-up", "pelvic-tilt"),
                LocalDate.of(2026, 1, 1));
        assertEquals(PlanText.of(expected), decodeQr(robot), "the plan screen's QR code holds the plan");
        waitUntil("print on the plan", () -> shown(robot, "#printHandout"));
        assertTrue(shown(robot, "#saveHandout"));

        tap(robot, "#remove-press-up");
        assertEquals(List.of("pelvic-tilt"), kiosk.takeHome().plan());
        assertFalse(shown(robot, "#plan-press-up"));
        assertTrue(robot.lookup("#plan-pelvic-tilt").queryAs(Label.class).getText().startsWith("1. "));

        tap(robot, "#therapistToggle"); // the panel closed: the idle reset runs again
        clock.advance(Duration.ofSeconds(Settings.DEFAULTS.idleSeconds() + 1));
        robot.interact(() -> kiosk.session().checkIdle());
        clock.advance(Duration.ofSeconds(Settings.DEFAULTS.countdownSeconds() + 1));
        robot.interact(() -> kiosk.session().checkIdle());
        assertEquals(Route.HOME, kiosk.navigator().current(), "the idle reset ran");
        assertEquals(List.of(), kiosk.takeHome().plan(), "and emptied the plan");
        go(robot, ScreenRegistry.PLAN);
        assertTrue(shown(robot, "#plan-empty"));
        assertEquals(Optional.empty(), robot.lookup("#handoutQr").tryQuery(), "no code of an empty plan");
    }

    @Test
    void theResultsQrCodeDecodesToThePlanText(FxRobot robot) throws Exception {
        open(robot, Settings.DEFAULTS, HandoutPrinter.NONE);
        for (String lang : List.of("en", "es")) {
            robot.interact(() -> kiosk.appearance().languageProperty().set(lang));
            go(robot, result("result-extension"));
            Content content = kiosk.screens().content().content();
            Step.Finish finish = (Step.Finish) kiosk.screens().content().picker()
                    .next(kiosk.screens().content().picker().exampleAnswersFor("result-extension").orElseThrow());
            Handout expected = new Handouts(content, null, null, "911", null).forResult(finish, LocalDate.of(2026, 1, 1));
            String decoded = decodeQr(robot);
            assertEquals(PlanText.of(expected), decoded, lang);
            assertTrue(decoded.contains(content.exercises().stopRule().get(0)), "the stop rule is in the code");
        }
    }

    @Test
    void withAHandoutAddressTheQrCodeHoldsIt(FxRobot robot) throws Exception {
        String url = "https://riverside.example/back-plan";
        open(robot, Settings.DEFAULTS.withClinic(new ClinicDetails("Riverside Physio", "555-0100", url)),
                HandoutPrinter.NONE);
        go(robot, result("result-strain"));
        assertEquals(url, decodeQr(robot));
        assertEquals("Scan with your phone's camera to open this plan.",
                robot.lookup("#qrCaption").queryAs(Label.class).getText());
    }

    /**
     * For a person to look at: with {@code -Dtakehome.shots=DIR}, the take-home part of a result,
     * of an exercise page and of the plan screen, as a 1920x1080 window shows them once scrolled to.
     */
    @Test
    void screenshotsOnRequest(FxRobot robot) throws Exception {
        String dir = System.getProperty("takehome.shots");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "set -Dtakehome.shots=DIR to write them");
        Path folder = Files.createDirectories(Path.of(dir));
        open(robot, Settings.DEFAULTS.withClinic(new ClinicDetails("Riverside Physio", "555-0100", null)), printer);
        go(robot, result("result-extension"));
        waitUntil("print", () -> shown(robot, "#printHandout"));
        KioskUi.reveal(robot, robot.lookup("#takeHome").query());
        snapshot(robot, folder.resolve("classroom-result-extension.png"));
        open(robot, Settings.DEFAULTS.withMode(Mode.THERAPIST).withClinic(new ClinicDetails("Riverside Physio",
                "555-0100", null)), printer);
        robot.interact(() -> kiosk.takeHome().addToPlan("pelvic-tilt"));
        robot.interact(() -> kiosk.takeHome().addToPlan("press-up"));
        for (String lang : List.of("en", "es")) {
            robot.interact(() -> kiosk.appearance().languageProperty().set(lang));
            for (var entry : Map.of("result-extension", result("result-extension"), "result-doctor-soon",
                    result("result-doctor-soon"), "exercise-press-up", new Route.ExercisePage("press-up"),
                    "plan", ScreenRegistry.PLAN).entrySet()) {
                go(robot, entry.getValue());
                waitUntil("print", () -> shown(robot, "#printHandout"));
                KioskUi.reveal(robot, robot.lookup("#takeHome").query());
                snapshot(robot, folder.resolve(lang + "-" + entry.getKey() + ".png"));
            }
        }
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        try (var out = Files.newOutputStream(file)) {
            org.backcare.kiosk.export.PngWriter.write(out, w, h, argb);
        }
    }

    /** Snapshots the on-screen QR code, pixel for pixel, and reads it as a phone's reader would. */
    private static String decodeQr(FxRobot robot) throws Exception {
        Node code = robot.lookup("#handoutQr").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = code.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
    }
}
