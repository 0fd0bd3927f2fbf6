package org.backcare.kiosk.handout;

import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.illustration.Body;
import org.backcare.kiosk.illustration.FigureDrawing;
import org.backcare.kiosk.illustration.FigureDrawing.Shape;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link Handout} out as a PDF on US Letter pages: title, clinic and date; each exercise
 * with its start and end figures side by side (vector outlines, the very shapes of the screen's
 * figure: {@link FigureDrawing}; the end figure with the start's silhouette and the arrow), its steps, hold and repetitions; the stop rule; the warning signs with the
 * emergency number; the QR code, drawn as vector squares. Atkinson Hyperlegible is embedded
 * (subset), so the text reads the same on every printer and in every language.
 */
public final class HandoutPdf {

    private static final String FONTS = "/media/fonts/";
    private static final float PAGE_W = PDRectangle.LETTER.getWidth();
    private static final float PAGE_H = PDRectangle.LETTER.getHeight();
    private static final float MARGIN = 54;
    private static final float WIDTH = PAGE_W - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 18; // room for the footer

    private static final float TITLE = 20;
    private static final float HEADING = 16;
    private static final float BODY = 11;
    private static final float SMALL = 10;
    private static final float LEADING = 1.25f;

    private static final Color TEXT = new Color(0x17262a);
    private static final Color MUTED = new Color(0x4a5a5f);
    private static final Color PRIMARY = new Color(0x0b5d6b);
    private static final Color FIGURE = new Color(0x0b5d6b);
    private static final Color FIGURE_FAR = new Color(0x6fa3ad);
    private static final Color FIGURE_GHOST = new Color(0xdde7e9);
    private static final Color FIGURE_TINT = new Color(0xe08a3c);
    private static final Color FIGURE_ARROW = new Color(0xb8632a);
    private static final Color FIGURE_BACK = new Color(0xf6f9fa);
    private static final Color FLOOR = new Color(0xcfd9dc);
    private static final Color MAT = new Color(0xb6d6dc);
    private static final Color CHAIR = new Color(0xfbf8f1);
    private static final Color CHAIR_LINE = new Color(0xa59f94);
    private static final Color WALL = new Color(0xeef2f3);
    private static final Color SOFT = new Color(0xe9f2f4);
    private static final Color DANGER = new Color(0xa4231b);
    private static final Color DANGER_SOFT = new Color(0xfdeceb);
    private static final Color RULE = new Color(0xcfd9dc);

    private static final float FIGURE_W = 118;
    private static final float FIGURE_H = 70;
    /** The QR code's side: about 0.5 mm a module for a plan of ~800 characters, 1.5 mm for an address. */
    private static final float QR_SIDE = 150;

    /**
     * PDFBox logs a SEVERE stack trace when it may not unmap its buffers (java.base does not open
     * java.nio to it); it then simply lets the collector free them. Held here so the level stays.
     */
    private static final java.util.logging.Logger UNMAPPER = java.util.logging.Logger.getLogger("org.apache.pdfbox.io.IOUtils");

    static {
        UNMAPPER.setLevel(java.util.logging.Level.OFF);
    }

    private HandoutPdf() {
    }

    /** The handout as PDF bytes. */
    public static byte[] bytes(Handout handout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(handout, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Handout handout, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            new Layout(doc, handout).run();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(handout.title());
            info.setCreator("BackCare Kiosk");
            doc.getDocumentCatalog().setLanguage(handout.language());
            doc.save(out);
        }
    }

    /** The QR code of a text, as qrcodegen makes it (low error correction: the most text per module). */
    public static QrCode qrCode(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.LOW);
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = HandoutPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("missing font " + FONTS + file);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Writes the pages top to bottom, starting a new page when a block does not fit. */
    private static final class Layout {
        private final PDDocument doc;
        private final Handout h;
        private final PDFont regular;
        private final PDFont bold;
        private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, Handout h) throws IOException {
            this.doc = doc;
            this.h = h;
            this.regular = font(doc, "AtkinsonHyperlegible_400Regular.ttf");
            this.bold = font(doc, "AtkinsonHyperlegible_700Bold.ttf");
        }

        void run() throws IOException {
            newPage();
            header();
            for (Handout.Item item : h.exercises()) {
                exercise(item);
            }
            stopRuleBox();
            redFlags();
            cs.close();
            footers();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE_H - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void header() throws IOException {
            float top = y;
            text(bold, TITLE, PRIMARY, MARGIN, y - TITLE, h.title());
            String date = h.dateText();
            text(regular, BODY, MUTED, MARGIN + WIDTH - width(regular, BODY, date), y - TITLE, date);
            y -= TITLE * LEADING + 4;
            if (h.clinicLine() != null) {
                text(bold, BODY + 0.5f, TEXT, MARGIN, y - BODY, h.clinicLine());
                y -= BODY * LEADING + 2;
            }
            if (h.subtitle() != null) {
                y -= 4;
                y = paragraph(bold, HEADING, TEXT, MARGIN, y, WIDTH, h.subtitle());
            }
            for (String line : h.advice()) {
                y = bullet(MARGIN, y, WIDTH, line, regular, BODY, TEXT);
            }
            y -= 6;
            rule(y);
            y -= 14;
            if (top - y < 0) {
                throw new IllegalStateException();
            }
        }

        private void exercise(Handout.Item item) throws IOException {
            float textX = MARGIN + 2 * FIGURE_W + 22;
            float textW = MARGIN + WIDTH - textX;
            List<String> stepLines = new ArrayList<>();
            float stepsHeight = 0;
            for (String step : item.steps()) {
                int n = wrap(regular, BODY, step, textW - 16).size();
                stepsHeight += n * BODY * LEADING + 3;
                stepLines.add(step);
            }
            float figures = FIGURE_H + SMALL * LEADING + 5 + BODY * LEADING * 2 + SMALL * LEADING * 2;
            float height = HEADING * LEADING + 4 + Math.max(figures, stepsHeight) + 16;
            ensure(height);
            text(bold, HEADING, PRIMARY, MARGIN, y - HEADING, item.name());
            y -= HEADING * LEADING + 4;
            float top = y;
            // the two figures, with the same scale, side by side
            FigureDrawing drawing = item.figure();
            figure(drawing, drawing.motion().along(0), false, MARGIN, top - FIGURE_H);
            figure(drawing, drawing.motion().along(1), true, MARGIN + FIGURE_W + 8, top - FIGURE_H);
            float labelY = top - FIGURE_H - SMALL - 3;
            centred(regular, SMALL, MUTED, MARGIN, FIGURE_W, labelY, h.labels().start());
            centred(regular, SMALL, MUTED, MARGIN + FIGURE_W + 8, FIGURE_W, labelY, h.labels().end());
            float doseY = labelY - 5;
            float column = 2 * FIGURE_W + 8;
            String dose = item.holdText() == null ? item.repeatText() : item.holdText() + "  \u00b7  " + item.repeatText();
            if (width(bold, BODY, dose) <= column) {
                text(bold, BODY, TEXT, MARGIN, doseY - BODY, dose);
                doseY -= BODY * LEADING;
            } else {
                text(bold, BODY, TEXT, MARGIN, doseY - BODY, item.holdText());
                text(bold, BODY, TEXT, MARGIN, doseY - BODY - BODY * LEADING, item.repeatText());
                doseY -= 2 * BODY * LEADING;
            }
            if (item.howOften() != null && !item.howOften().isBlank()) {
                doseY = paragraph(regular, SMALL, MUTED, MARGIN, doseY, column,
                        h.labels().howOften() + " " + item.howOften());
            }
            // the steps, numbered, beside the figures
            float sy = top;
            for (int i = 0; i < stepLines.size(); i++) {
                text(bold, BODY, PRIMARY, textX, sy - BODY, (i + 1) + ".");
                sy = paragraph(regular, BODY, TEXT, textX + 16, sy, textW - 16, stepLines.get(i)) - 3;
            }
            y = Math.min(sy, doseY) - 8;
            rule(y);
            y -= 12;
        }


        /** The emergency first, its number large, then the other warning signs: one red box, kept on one page. */
        private void redFlags() throws IOException {
            float inner = WIDTH - 24;
            float noteHeight = wrap(regular, BODY, h.emergencyNote(), inner).size() * BODY * LEADING;
            float height = 10 + TITLE * LEADING + 4 + noteHeight + 10;
            float listHeight = h.redFlags().isEmpty() ? 0 : boxHeight(h.redFlags(), WIDTH) - 10;
            ensure(height + listHeight);
            float top = y;
            fillRect(MARGIN, y - height - listHeight, WIDTH, height + listHeight, null, DANGER, 1.5f);
            fillRect(MARGIN, y - height, WIDTH, height, DANGER_SOFT, null, 0);
            text(bold, TITLE, DANGER, MARGIN + 12, y - 8 - TITLE, h.callNow());
            paragraph(regular, BODY, TEXT, MARGIN + 12, y - 12 - TITLE * LEADING, inner, h.emergencyNote());
            y -= height;
            if (!h.redFlags().isEmpty()) {
                box(h.labels().redFlagsHeading(), h.redFlags(), DANGER, null, null, WIDTH, listHeight);
            }
            y = top - height - listHeight - 12;
        }

        private String caption() {
            boolean address = h.qrText() != null && !h.qrText().contains("\n") && h.qrText().matches("(?i)https?://\\S+");
            return address ? h.labels().qrAddress() : h.labels().qrPlan();
        }

        private float boxHeight(List<String> lines, float w) throws IOException {
            float height = HEADING * LEADING + 16;
            for (String line : lines) {
                height += wrap(regular, BODY, line, w - 24 - 14).size() * BODY * LEADING + 3;
            }
            return height + 6;
        }

        /** The stop rule, with the QR code beside it. */
        private void stopRuleBox() throws IOException {
            boolean qr = h.qrText() != null && !h.qrText().isEmpty();
            float boxW = qr ? WIDTH - QR_SIDE - 14 : WIDTH;
            float boxH = boxHeight(h.stopRule(), boxW);
            String caption = caption();
            float qrH = qr ? QR_SIDE + 4 + wrap(regular, SMALL, caption, QR_SIDE).size() * SMALL * LEADING : 0;
            ensure(Math.max(boxH, qrH));
            float top = y;
            box(h.labels().stopHeading(), h.stopRule(), PRIMARY, SOFT, null, boxW, boxH);
            if (qr) {
                float x0 = MARGIN + WIDTH - QR_SIDE;
                qr(x0, top - QR_SIDE);
                paragraph(regular, SMALL, MUTED, x0, top - QR_SIDE - 4, QR_SIDE, caption);
            }
            y = Math.min(top - boxH, top - qrH) - 12;
        }

        /** A heading and bullets in a box at the current place. */
        private void box(String heading, List<String> lines, Color headingColour, Color fill, Color border,
                         float w, float height) throws IOException {
            if (fill != null || border != null) {
                fillRect(MARGIN, y - height, w, height, fill, border, 1);
            }
            text(bold, HEADING, headingColour, MARGIN + 12, y - 10 - HEADING, heading);
            float ly = y - 12 - HEADING * LEADING;
            for (String line : lines) {
                ly = bullet(MARGIN + 12, ly, w - 24, line, regular, BODY, TEXT);
            }
        }

        /** The QR code as vector squares, with a quiet zone of four modules, lower left corner at (x0, y0). */
        private void qr(float x0, float y0) throws IOException {
            QrCode code = qrCode(h.qrText());
            float side = QR_SIDE;
            float module = side / (code.size + 8);
            cs.setNonStrokingColor(Color.WHITE);
            cs.addRect(x0, y0, side, side);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            for (int r = 0; r < code.size; r++) {
                for (int c = 0; c < code.size; c++) {
                    if (code.getModule(c, r)) {
                        cs.addRect(x0 + (c + 4) * module, y0 + side - (r + 5) * module, module, module);
                    }
                }
            }
            cs.fill();
        }

        private void footers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    PDPageContentStream keep = cs;
                    cs = f;
                    String page = h.labels().page(i + 1, pages.size());
                    float w = WIDTH - width(regular, SMALL, page) - 16;
                    List<String> disclaimer = wrap(regular, SMALL - 1, h.labels().disclaimer(), w);
                    float fy = MARGIN - 2;
                    for (String line : disclaimer) {
                        text(regular, SMALL - 1, MUTED, MARGIN, fy, line);
                        fy -= (SMALL - 1) * 1.2f;
                    }
                    text(regular, SMALL, MUTED, MARGIN + WIDTH - width(regular, SMALL, page), MARGIN - 2, page);
                    cs = keep;
                }
            }
        }

        // ---- figures ----

        /**
         * One figure in a FIGURE_W x FIGURE_H box whose lower left corner is (x, y): the floor and prop,
         * and, for the end figure, the start pose's silhouette and the arrow behind the person.
         */
        private void figure(FigureDrawing drawing, Pose pose, boolean end, float x, float y) throws IOException {
            Body.Frame f = drawing.frame();
            double minX = f.minX();
            double maxX = f.maxX();
            double minY = -FigureDrawing.BELOW;
            double maxY = f.maxY();
            double scale = Math.min(FIGURE_W / (maxX - minX), FIGURE_H / (maxY - minY));
            double ox = x + (FIGURE_W - (maxX - minX) * scale) / 2 - minX * scale;
            double oy = y + (FIGURE_H - (maxY - minY) * scale) / 2 - minY * scale;
            cs.saveGraphicsState();
            cs.setNonStrokingColor(FIGURE_BACK);
            cs.addRect(x, y, FIGURE_W, FIGURE_H);
            cs.fill();
            cs.setLineCapStyle(1);
            cs.setLineJoinStyle(1);
            for (Shape shape : drawing.backdrop()) {
                boolean behind = shape.ink() == FigureDrawing.Ink.GHOST || shape.ink() == FigureDrawing.Ink.ARROW
                        || shape.ink() == FigureDrawing.Ink.ARROW_HEAD;
                if (end || !behind) {
                    shape(shape, ox, oy, scale);
                }
            }
            for (Shape shape : drawing.person(pose)) {
                if (end || shape.ink() != FigureDrawing.Ink.TINT) {
                    shape(shape, ox, oy, scale);
                }
            }
            cs.restoreGraphicsState();
        }

        /** A shape in its ink: filled outlines (the person's parted by a thin line of the page's colour), stroked lines. */
        private void shape(Shape shape, double ox, double oy, double scale) throws IOException {
            cs.moveTo((float) (ox + shape.xs()[0] * scale), (float) (oy + shape.ys()[0] * scale));
            for (int i = 1; i < shape.size(); i++) {
                cs.lineTo((float) (ox + shape.xs()[i] * scale), (float) (oy + shape.ys()[i] * scale));
            }
            if (shape.closed()) {
                cs.closePath();
            }
            switch (shape.ink()) {
                case FLOOR -> stroke(FLOOR, 1.2 * scale);
                case ARROW -> stroke(FIGURE_ARROW, FigureDrawing.ARROW_WIDTH * scale);
                case MAT -> fill(MAT, null, 0);
                case CHAIR -> fill(CHAIR, CHAIR_LINE, 1 * scale);
                case WALL -> fill(WALL, FLOOR, 1 * scale);
                case GHOST -> fill(FIGURE_GHOST, null, 0);
                case TINT -> fill(FIGURE_TINT, null, 0);
                case ARROW_HEAD -> fill(FIGURE_ARROW, FIGURE_ARROW, 0.6 * scale);
                case FAR -> fill(FIGURE_FAR, Color.WHITE, 0.9 * scale);
                case BODY -> fill(FIGURE, Color.WHITE, 0.9 * scale);
            }
        }

        private void stroke(Color colour, double width) throws IOException {
            cs.setStrokingColor(colour);
            cs.setLineWidth((float) width);
            cs.stroke();
        }

        private void fill(Color colour, Color line, double width) throws IOException {
            cs.setNonStrokingColor(colour);
            if (line == null) {
                cs.fill();
            } else {
                cs.setStrokingColor(line);
                cs.setLineWidth((float) width);
                cs.fillAndStroke();
            }
        }

        // ---- text ----

        private float bullet(float x, float top, float w, String line, PDFont font, float size, Color colour)
                throws IOException {
            circleDot(x + 4, top - size * 0.62f, 2.2f, colour);
            return paragraph(font, size, colour, x + 14, top, w - 14, line) - 3;
        }

        private void circleDot(float cx, float cy, float r, Color colour) throws IOException {
            disc(cs, cx, cy, r, colour);
        }

        /** Wrapped text from {@code top} down; returns the y below it. */
        private float paragraph(PDFont font, float size, Color colour, float x, float top, float w, String text)
                throws IOException {
            float ly = top;
            for (String line : wrap(font, size, text, w)) {
                text(font, size, colour, x, ly - size, line);
                ly -= size * LEADING;
            }
            return ly;
        }

        private void centred(PDFont font, float size, Color colour, float x, float w, float baseline, String s)
                throws IOException {
            text(font, size, colour, x + (w - width(font, size, s)) / 2, baseline, s);
        }

        private void text(PDFont font, float size, Color colour, float x, float baseline, String s)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour);
            cs.newLineAtOffset(x, baseline);
            cs.showText(printable(font, s));
            cs.endText();
        }

        private float width(PDFont font, float size, String s) throws IOException {
            return font.getStringWidth(printable(font, s)) / 1000 * size;
        }

        private List<String> wrap(PDFont font, float size, String text, float w) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= w || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** The text with any character the font cannot draw replaced (a clinic's own content may hold one). */
        private String printable(PDFont font, String s) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                boolean ok = known.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                if (ok) {
                    out.appendCodePoint(cp);
                } else if (Character.isWhitespace(cp)) {
                    out.append(' ');
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void rule(float at) throws IOException {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.75f);
            cs.moveTo(MARGIN, at);
            cs.lineTo(MARGIN + WIDTH, at);
            cs.stroke();
        }

        private void fillRect(float x, float y, float w, float hgt, Color fill, Color border, float line)
                throws IOException {
            if (fill != null) {
                cs.setNonStrokingColor(fill);
                cs.addRect(x, y, w, hgt);
                cs.fill();
            }
            if (border != null) {
                cs.setStrokingColor(border);
                cs.setLineWidth(line);
                cs.addRect(x, y, w, hgt);
                cs.stroke();
            }
        }
    }

    /** A filled circle: four Bézier quarters (0.5523 × r is the control distance that keeps it round). */
    private static void disc(PDPageContentStream cs, float cx, float cy, float r, Color colour) throws IOException {
        float k = 0.5523f * r;
        cs.setNonStrokingColor(colour);
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
        cs.fill();
    }
}
