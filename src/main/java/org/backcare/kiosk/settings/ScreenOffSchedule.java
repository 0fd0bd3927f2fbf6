package org.backcare.kiosk.settings;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the screen is switched off (the {@code screenOff} setting, like {@code "22:00-07:00"}):
 * from {@code from}, inclusive, to {@code to}, exclusive, local time; a span may cross midnight.
 */
public record ScreenOffSchedule(LocalTime from, LocalTime to) {

    private static final Pattern SPAN = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)");

    public ScreenOffSchedule {
        if (from.equals(to)) {
            throw new IllegalArgumentException("the screen-off span is empty");
        }
    }

    /** Reads "HH:MM-HH:MM" (24-hour clock); empty for anything else or an empty span. */
    public static Optional<ScreenOffSchedule> parse(String text) {
        Matcher m = SPAN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalTime from = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        LocalTime to = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return from.equals(to) ? Optional.empty() : Optional.of(new ScreenOffSchedule(from, to));
    }

    /** Whether the screen should be off at this time of day. */
    public boolean isOff(LocalTime time) {
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to); // crosses midnight
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
