package org.backcare.kiosk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The colour pairs of both themes, read from the stylesheets themselves, against WCAG 2.1
 * contrast: 4.5:1 for text in both themes; in the high-contrast theme also 3:1 for every graphic
 * (the anatomy drawing, the body map, the exercise figures, the focus ring, the main action).
 */
class ContrastTest {

    private static final String STANDARD = "/org/backcare/kiosk/theme/kiosk.css";
    private static final String HIGH = "/org/backcare/kiosk/theme/high-contrast.css";

    /** Text colour on background colour: body text, headings, buttons, warnings. */
    private static final List<String[]> TEXT = List.of(
            pair("text", "background"), pair("text", "surface"), pair("text", "surface-soft"),
            pair("text-muted", "surface"), pair("text-muted", "background"),
            pair("on-primary", "primary"), pair("on-primary", "primary-strong"),
            pair("on-accent", "accent"), pair("on-danger", "danger"),
            pair("danger", "surface"), pair("danger", "danger-soft"),
            pair("primary", "surface"), pair("primary", "background"),
            pair("text", "accent-soft"), pair("text", "info-soft"), pair("text", "danger-soft"),
            pair("danger", "on-danger"), pair("primary", "info-soft"));

    /** Graphics against what they are drawn on. */
    private static final List<String[]> GRAPHICS = List.of(
            pair("focus", "surface"), pair("focus", "background"),
            pair("muscle", "skin"), pair("muscle-middle", "skin"), pair("muscle-deep", "skin"), pair("muscle", "tendon"), pair("organ", "skin"),
            pair("accent", "skin"), pair("lit", "skin"), pair("skin-line", "background"),
            pair("bone-line", "bone"), pair("figure", "surface"), pair("figure-far", "surface"),
            pair("accent", "surface"));

    @Test
    void standardThemeTextMeetsAA() throws IOException {
        assertEquals(List.of(), failures(palette(STANDARD), TEXT, 4.5));
    }

    @Test
    void highContrastThemeMeetsAAForTextAndGraphics() throws IOException {
        Map<String, String> colours = palette(STANDARD);
        colours.putAll(palette(HIGH));
        List<String> failed = new ArrayList<>(failures(colours, TEXT, 4.5));
        failed.addAll(failures(colours, GRAPHICS, 3.0));
        assertEquals(List.of(), failed);
    }

    @Test
    void theRatioIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#777777", "#777777"), 0.001);
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01); // the classic "just fails AA" grey
    }

    private static String[] pair(String foreground, String background) {
        return new String[] {foreground, background};
    }

    private static List<String> failures(Map<String, String> colours, List<String[]> pairs, double minimum) {
        List<String> failed = new ArrayList<>();
        for (String[] p : pairs) {
            String fg = colours.get("-bc-" + p[0]);
            String bg = colours.get("-bc-" + p[1]);
            assertNotNull(fg, "no colour -bc-" + p[0]);
            assertNotNull(bg, "no colour -bc-" + p[1]);
            double r = ratio(fg, bg);
            if (r < minimum) {
                failed.add(String.format("-bc-%s %s on -bc-%s %s: %.2f:1, needs %.1f:1", p[0], fg, p[1], bg, r, minimum));
            }
        }
        return failed;
    }

    /** The colour variables set in a stylesheet's .root rule. */
    private static Map<String, String> palette(String resource) throws IOException {
        String css;
        try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = css.indexOf(".root");
        assertTrue(start >= 0, resource + " has no .root rule");
        String root = css.substring(start, css.indexOf('}', start));
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-bc-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(root);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        assertTrue(colours.size() > 10, resource + ": too few colours found: " + colours);
        return colours;
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
