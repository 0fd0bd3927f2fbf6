package org.backcare.kiosk.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The take-home handout: what its PDF says, what it leaves out, its fonts and its QR code. */
class HandoutPdfTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    static final String NUMBER = "112";
    private static Library library;

    @BeforeAll
    static void load() {
        library = Library.open(null, Main.contentLoader()).withEmergencyNumber(NUMBER);
    }

    static Handouts handouts(String lang) {
        return new Handouts(library.in(lang), "Riverside Physio", "555-0100", NUMBER, null);
    }

    static Step.Finish finish(Content c, String resultId) {
        PickerEngine engine = new PickerEngine(c.picker(), c.exercises());
        Answers answers = engine.exampleAnswersFor(resultId).orElseThrow();
        return (Step.Finish) engine.next(answers);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Words as the text layer has them: every run of white space as one space. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void thePdfSaysThePlanTheStopRuleAndTheWarningSigns(String lang) throws IOException {
        Content c = library.in(lang);
        Step.Finish finish = finish(c, "result-extension");
        Handout handout = handouts(lang).forResult(finish, DAY);
        String text = flat(text(HandoutPdf.bytes(handout)));
        assertFalse(finish.exercises().isEmpty());
        for (String id : finish.exercises()) {
            Exercise e = c.exercises().exercise(id).orElseThrow();
            assertTrue(text.contains(flat(e.name())), e.name() + " missing:\n" + text);
            for (String step : e.steps()) {
                assertTrue(text.contains(flat(step)), step + " missing");
            }
        }
        for (String line : c.exercises().stopRule()) {
            assertTrue(text.contains(flat(line)), "stop rule missing: " + line);
        }
        for (RedFlag flag : c.doctor().redFlags()) {
            if (flag.urgency() != Urgency.EMERGENCY) {
                assertTrue(text.contains(flat(flag.sign())), "red flag missing: " + flag.sign());
            }
        }
        assertTrue(text.contains(flat(c.doctor().emergencyNote())), "the emergency note is missing");
        assertTrue(text.contains(c.doctor().callNow()), "the call to action is missing");
        assertTrue(c.doctor().callNow().contains(NUMBER));
        assertFalse(text.contains("{emergencyNumber}"));
        assertTrue(text.contains("Riverside Physio") && text.contains("555-0100"));
        assertTrue(text.contains(lang.equals("es") ? "4 de diciembre de 2026" : "December 4, 2026"), text);
        HandoutLabels labels = HandoutLabels.of(lang);
        assertTrue(text.contains(labels.stopHeading()) && text.contains(labels.redFlagsHeading()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void noAnswerAndNoPersonalDataIsOnIt(String lang) throws IOException {
        Content c = library.in(lang);
        for (var result : c.picker().results()) {
            Step.Finish finish = finish(c, result.id());
            String text = flat(text(HandoutPdf.bytes(handouts(lang).forResult(finish, DAY))));
            for (Question q : c.picker().questions()) {
                assertFalse(text.contains(flat(q.text())), "a question is on the handout: " + q.text());
                for (Answer a : q.answers()) {
                    // A short answer ("No") may be a word of the content; an answer that is a warning
                    // sign is on every handout, in the list of signs, so it tells nothing of the person.
                    if (a.text().length() > 12 && a.redFlag() == null) {
                        assertFalse(text.contains(flat(a.text())), result.id() + ": an answer is on the handout: " + a.text());
                    }
                }
            }
            assertFalse(text.contains(flat(result.pattern())), "the pattern the person described is on the handout");
            for (Answer reason : finish.reasons()) {
                assertFalse(reason.redFlag() == null &&text.contains(flat(reason.text())), "a reason is on the handout");
            }
        }
    }

    @Test
    void theFontsAreEmbeddedAndSpanishLettersAreDrawn() throws IOException {
        byte[] pdf = HandoutPdf.bytes(handouts("es").forExercise("press-up", DAY));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("Atkinson"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 2);
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("?"), "a character could not be drawn:\n" + text);
            assertTrue(text.matches("(?s).*[áéíóúñ].*"));
        }
    }

    @Test
    void aTherapistsPlanKeepsItsOrderAndAnExerciseFitsOnOnePage() throws IOException {
        Handout plan = handouts("en").forPlan(List.of("press-up", "pelvic-tilt"), DAY);
        assertEquals(List.of("press-up", "pelvic-tilt"), plan.exercises().stream().map(Handout.Item::id).toList());
        String text = text(HandoutPdf.bytes(plan));
        assertTrue(text.indexOf("Press-up") < text.indexOf("Pelvic tilt") || text.indexOf("Press") < text.indexOf("Pelvic"));
        try (PDDocument doc = Loader.loadPDF(HandoutPdf.bytes(handouts("en").forExercise("pelvic-tilt", DAY)))) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void aResultOffersOnlyTheExercisesTheAnswersLeave() {
        Content c = library.in("en");
        Step.Finish finish = finish(c, "result-flexion");
        Handout handout = handouts("en").forResult(finish, DAY);
        assertEquals(finish.exercises(), handout.exercises().stream().map(Handout.Item::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theQrCodeHoldsThePlanAndDecodes(String lang) throws Exception {
        Content c = library.in(lang);
        Handout handout = handouts(lang).forResult(finish(c, "result-extension"), DAY);
        String plan = handout.qrText();
        assertTrue(plan.length() <= PlanText.MAX_CHARS, plan.length() + " characters");
        for (Handout.Item item : handout.exercises()) {
            assertTrue(plan.contains(item.name()) && plan.contains(item.repeatText()));
        }
        assertTrue(plan.contains(c.exercises().stopRule().get(0)));
        assertEquals(plan, decode(raster(HandoutPdf.qrCode(plan), 4)));
        // and from the printed page itself, rendered as a printer would
        try (PDDocument doc = Loader.loadPDF(HandoutPdf.bytes(handout))) {
            assertEquals(plan, decodePages(doc, 200));
        }
    }

    @Test
    void aGivenAddressGoesInTheQrCodeInstead() throws Exception {
        Handouts withUrl = new Handouts(library.in("en"), null, null, NUMBER, "https://clinic.example/plan/42");
        Handout handout = withUrl.forExercise("press-up", DAY);
        assertEquals("https://clinic.example/plan/42", handout.qrText());
        try (PDDocument doc = Loader.loadPDF(HandoutPdf.bytes(handout))) {
            assertEquals("https://clinic.example/plan/42", decodePages(doc, 150));
        }
    }

    @Test
    void aLongPlanIsShortenedForTheCode() {
        List<String> all = library.in("es").exercises().exercises().stream().map(Exercise::id).toList();
        Handout handout = handouts("es").forPlan(all, DAY);
        assertTrue(handout.qrText().length() <= PlanText.MAX_CHARS, handout.qrText().length() + " characters");
        assertTrue(handout.qrText().contains(library.in("es").exercises().stopRule().get(0)));
    }

    @Test
    void pdftotextReadsTheSpanishHandout(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdftotext"), "poppler-utils is not installed");
        Content c = library.in("es");
        Path pdf = dir.resolve("es.pdf");
        Files.write(pdf, HandoutPdf.bytes(handouts("es").forResult(finish(c, "result-flexion"), DAY)));
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = flat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains(flat(c.exercises().stopRule().get(0))), text);
        assertTrue(text.contains(c.doctor().callNow()), text);
        for (String id : finish(c, "result-flexion").exercises()) {
            assertTrue(text.contains(flat(c.exercises().exercise(id).orElseThrow().name())), text);
        }
    }

    @Test
    void exportHandoutsWritesEveryResultAndExerciseInEveryLanguage(@TempDir Path dir) throws IOException {
        List<Path> written = HandoutExport.export(Map.of("en", library.in("en"), "es", library.in("es")), dir,
                null, null, NUMBER, DAY);
        List<Path> expected = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            Content c = library.in(lang);
            c.picker().results().forEach(r -> expected.add(dir.resolve(lang).resolve(r.id() + ".pdf")));
            c.exercises().exercises().forEach(e -> expected.add(dir.resolve(lang).resolve(e.id() + ".pdf")));
        }
        assertEquals(expected.stream().sorted().toList(), written.stream().sorted().toList());
        for (Path file : written) {
            assertTrue(Files.size(file) > 1000, file.toString());
            assertTrue(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        }
    }

    @Test
    void makingAHandoutIsQuick() {
        Handouts handouts = handouts("en");
        Step.Finish finish = finish(library.in("en"), "result-extension");
        for (int i = 0; i < 5; i++) {
            HandoutPdf.bytes(handouts.forResult(finish, DAY));
        }
        int runs = 20;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            HandoutPdf.bytes(handouts.forResult(finish, DAY));
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("handout PDF (result-extension, 5 exercises): %.1f ms each, warm, over %d runs%n", ms, runs);
        assertTrue(ms < 2000, ms + " ms");
    }

    static BufferedImage raster(QrCode qr, int scale) {
        int border = 4;
        int side = (qr.size + 2 * border) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = qr.getModule(x / scale - border, y / scale - border);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE))).getText();
    }

    /** The QR code's text from the first page that has one. */
    static String decodePages(PDDocument doc, int dpi) throws Exception {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            try {
                return decode(new PDFRenderer(doc).renderImageWithDPI(i, dpi));
            } catch (com.google.zxing.NotFoundException e) {
                // not on this page
            }
        }
        throw new AssertionError("no page has a QR code that decodes");
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
