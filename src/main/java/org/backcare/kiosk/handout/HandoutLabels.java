package org.backcare.kiosk.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The handout's fixed words in one language, from the kiosk's UI strings
 * ({@code i18n/messages_<id>.properties} over the English ones). Read here by hand, without
 * JavaFX, and without the computer's locale or the JDK's locale data (the kiosk's trimmed
 * runtime has no Spanish month names of its own).
 */
public record HandoutLabels(String language, String title, String start, String end, String howOften,
                            String stopHeading, String redFlagsHeading, String qrPlan, String qrAddress,
                            String disclaimer, String page, String hold, String holdMinutes, String repeat, String months,
                            String date) {

    private static final String BASE = "/org/backcare/kiosk/i18n/messages";

    public static HandoutLabels of(String languageId) {
        Properties english = load(BASE + ".properties", null);
        Properties strings = english;
        if (languageId != null && !languageId.equals("en")
                && HandoutLabels.class.getResource(BASE + "_" + languageId + ".properties") != null) {
            strings = load(BASE + "_" + languageId + ".properties", english);
        }
        Properties s = strings;
        return new HandoutLabels(languageId == null ? "en" : languageId,
                s.getProperty("handout.title"), s.getProperty("handout.start"), s.getProperty("handout.end"),
                s.getProperty("handout.howOften"), s.getProperty("handout.stop"), s.getProperty("handout.redFlags"),
                s.getProperty("handout.qrPlan"), s.getProperty("handout.qrAddress"),
                s.getProperty("handout.disclaimer"), s.getProperty("handout.page"), s.getProperty("handout.hold"),
                s.getProperty("handout.holdMinutes"),
                s.getProperty("handout.repeat"), s.getProperty("handout.months"), s.getProperty("handout.date"));
    }

    /** "Hold: 20 seconds", or "Keep going: 5 minutes" for a whole number of minutes. */
    public String hold(int seconds) {
        return seconds >= 120 && seconds % 60 == 0 ? format(holdMinutes, seconds / 60) : format(hold, seconds);
    }

    /** "Repeat: 3 times". */
    public String repeat(int times) {
        return format(repeat, times);
    }

    /** "Page 1 of 2". */
    public String page(int number, int of) {
        return format(page, number, of);
    }

    /** "December 4, 2026" or "4 de diciembre de 2026". */
    public String date(LocalDate day) {
        String[] names = months.split(",");
        return MessageFormat.format(date.replace("'", "''"), names[day.getMonthValue() - 1].strip(),
                Integer.toString(day.getDayOfMonth()), Integer.toString(day.getYear()));
    }

    private String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    private static Properties load(String path, Properties parent) {
        Properties p = new Properties(parent);
        try (InputStream in = HandoutLabels.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
