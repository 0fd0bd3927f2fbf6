package org.backcare.kiosk.content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a content text may hold, filled from the clinic's settings once content is
 * loaded: {@code {emergencyNumber}} becomes "911", "112" or "999", so every emergency message
 * names the number that works where the kiosk stands.
 */
public final class Placeholders {

    public static final String EMERGENCY_NUMBER = "emergencyNumber";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {
    }

    /** Why a text cannot be shown, or null: it names a placeholder the kiosk does not fill. */
    static String problem(String text) {
        if (text.indexOf('{') < 0) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(EMERGENCY_NUMBER)) {
                return "names the placeholder {" + m.group(1) + "}, which the kiosk does not know; the only"
                        + " placeholder is {" + EMERGENCY_NUMBER + "}";
            }
        }
        return null;
    }

    /** {@code content} with {@code {emergencyNumber}} replaced in every text. */
    public static Content fill(Content content, String emergencyNumber) {
        return (Content) fill((Object) content, "{" + EMERGENCY_NUMBER + "}", emergencyNumber);
    }

    private static Object fill(Object value, String placeholder, String replacement) {
        if (value instanceof String text) {
            return text.replace(placeholder, replacement);
        }
        if (value instanceof List<?> list) {
            List<Object> filled = new ArrayList<>(list.size());
            list.forEach(item -> filled.add(fill(item, placeholder, replacement)));
            return List.copyOf(filled);
        }
        if (value instanceof Map<?, ?> || !(value instanceof Record record)) {
            return value; // drawings hold no text to fill; enums, numbers and null stay as they are
        }
        RecordType type = RecordType.of(record.getClass());
        Object[] values = new Object[type.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                RecordComponent component = type.component(i);
                values[i] = fill(component.getAccessor().invoke(record), placeholder, replacement);
            }
            return type.canonical().newInstance(values);
        } catch (InvocationTargetException | IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("cannot fill the placeholders of " + record.getClass().getSimpleName(), e);
        }
    }
}
