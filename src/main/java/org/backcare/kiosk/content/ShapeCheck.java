package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one parsed JSON file against the record type it must become, reporting every problem
 * with its JSON path, and collects the ids, references and media paths it declares so the
 * loader can check them across files. The records are the schema: there is no second copy.
 */
final class ShapeCheck {

    /** Longer texts are refused: nothing on a kiosk screen needs more, and huge strings stall layout. */
    static final int MAX_TEXT_LENGTH = 2_000;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    record Declared(Class<?> kind, String id, String file, String path) {
    }

    /**
     * A value's place in its file, written "$.exercises[2].name" only when it is reported or
     * recorded: the check passes every value, and nearly all of them are fine.
     */
    private record Where(Where parent, String field, int index) {
        static final Where ROOT = new Where(null, null, -1);

        Where field(String name) {
            return new Where(this, name, -1);
        }

        Where item(int i) {
            return new Where(this, null, i);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            appendTo(text);
            return text.toString();
        }

        private void appendTo(StringBuilder text) {
            if (parent == null) {
                text.append('$');
                return;
            }
            parent.appendTo(text);
            if (field != null) {
                text.append('.').append(field);
            } else {
                text.append('[').append(index).append(']');
            }
        }
    }

    /** @param json the record type of a JSON media file, or {@code Record.class} for other media */
    record MediaUse(String value, Class<? extends Record> json, String file, String path) {
    }

    private final String file;
    private final List<Problem> problems;
    /** The half of a topic this file holds, or null for a whole file (languages.json, a drawing). */
    private final ContentHalf half;
    /** For a half: the file(s) that hold the other half, as named in messages. */
    private final String otherHalf;
    final List<Declared> ids = new ArrayList<>();
    final List<Declared> refs = new ArrayList<>();
    final List<MediaUse> media = new ArrayList<>();

    ShapeCheck(String file, List<Problem> problems) {
        this(file, problems, null, null);
    }

    /**
     * Checks one half of a topic: a clinical file, or one language's file. A field of the other
     * half is reported as being in the wrong file, naming {@code otherHalf}.
     */
    ShapeCheck(String file, List<Problem> problems, ContentHalf half, String otherHalf) {
        this.file = file;
        this.problems = problems;
        this.half = half;
        this.otherHalf = otherHalf;
    }

    /** Checks {@code node} (the whole file) against {@code type}. */
    void checkFile(JsonNode node, Class<? extends Record> type) {
        checkValue(node, type, null, Where.ROOT, false);
    }

    private void checkValue(JsonNode node, Type type, AnnotatedElement meta, Where path, boolean isId) {
        if (node == null || node.isNull()) {
            problem(path, "is null; expected " + expected(type, meta));
            return;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            checkList(node, list.getActualTypeArguments()[0], meta, path);
        } else if (type == String.class) {
            checkText(node, meta, path, isId);
        } else if (type == int.class || type == Integer.class) {
            checkWholeNumber(node, meta, path);
        } else if (type == double.class || type == Double.class) {
            checkNumber(node, meta, path);
        } else if (type == boolean.class || type == Boolean.class) {
            if (!node.isBoolean()) {
                problem(path, "must be true or false, got " + describe(node));
            }
        } else if (type instanceof Class<?> c && c.isEnum()) {
            checkChoice(node, c, path);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            checkRecord(node, c.asSubclass(Record.class), path);
        } else {
            throw new IllegalStateException("content type not supported by the checker: " + type);
        }
    }

    private void checkRecord(JsonNode node, Class<? extends Record> type, Where path) {
        if (!node.isObject()) {
            problem(path, "must be an object ({ … }), got " + describe(node));
            return;
        }
        RecordType recordType = RecordType.of(type);
        Map<String, RecordComponent> components = recordType.components;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            RecordComponent rc = components.get(name);
            if (rc == null) {
                problem(path.field(name), "unknown field \"" + name + "\"; the fields here are: "
                        + recordType.componentNames);
            } else if (half != null && !half.holds(rc)) {
                problem(path.field(name), half == ContentHalf.LANGUAGE
                        ? "is clinical data; it belongs in " + otherHalf + ", not in a language file"
                        : "is text; it belongs in each language's file (" + otherHalf + "), not in the clinical file");
            }
        }
        for (RecordComponent rc : components.values()) {
            if (half != null && !half.holds(rc)) {
                continue;
            }
            Where childPath = path.field(rc.getName());
            JsonNode child = node.get(rc.getName());
            if (child == null) {
                if (!rc.isAnnotationPresent(Omittable.class)) {
                    missing(node, type, rc, path, childPath);
                }
                continue;
            }
            if (child.isNull() && rc.isAnnotationPresent(Omittable.class)) {
                continue;
            }
            boolean isId = rc.getName().equals("id");
            checkValue(child, rc.getGenericType(), rc, childPath, isId);
            if (isId && half != ContentHalf.LANGUAGE && child.isTextual() && !child.asText().isBlank()) {
                ids.add(new Declared(type, child.asText(), file, childPath.toString()));
            }
        }
    }

    /** A required field is missing: in a language file, say which item lacks which text. */
    private void missing(JsonNode node, Class<? extends Record> type, RecordComponent rc, Where path, Where childPath) {
        if (half != ContentHalf.LANGUAGE) {
            problem(childPath, "is missing; this field is required");
        } else if (ContentHalf.isId(rc)) {
            problem(childPath, "is missing; the texts are matched to " + otherHalf + " by their id");
        } else if (ContentHalf.isText(rc) && node.path("id").isTextual()) {
            problem(path, "lacks the text \"" + rc.getName() + "\" for the " + ContentLoader.kindName(type) + " \""
                    + node.path("id").asText() + "\"");
        } else {
            problem(childPath, "is missing; this field is required");
        }
    }

    private void checkList(JsonNode node, Type itemType, AnnotatedElement meta, Where path) {
        if (!node.isArray()) {
            problem(path, "must be a list ([ … ]), got " + describe(node));
            return;
        }
        if (node.isEmpty() && (meta == null || !meta.isAnnotationPresent(Omittable.class))) {
            problem(path, "must not be an empty list");
        }
        for (int i = 0; i < node.size(); i++) {
            checkValue(node.get(i), itemType, meta, path.item(i), false);
        }
    }

    private void checkText(JsonNode node, AnnotatedElement meta, Where path, boolean isId) {
        if (!node.isTextual()) {
            problem(path, "must be text in quotes, got " + describe(node));
            return;
        }
        String text = node.asText();
        if (text.isBlank()) {
            problem(path, "must not be empty");
            return;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            problem(path, "is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH
                    + " fit on a screen");
            return;
        }
        MaxLength max = meta == null ? null : meta.getAnnotation(MaxLength.class);
        if (max != null && text.codePointCount(0, text.length()) > max.value()) {
            problem(path, "is " + text.codePointCount(0, text.length()) + " characters long; " + max.what()
                    + " may have at most " + max.value() + ", so that it fits on the screen at the largest text size");
            return;
        }
        String placeholder = Placeholders.problem(text);
        if (placeholder != null) {
            problem(path, placeholder);
            return;
        }
        if (isId && !ID.matcher(text).matches()) {
            problem(path, "must be lower-case words joined by hyphens, like \"double-knee-to-chest\", got "
                    + describe(node));
            return;
        }
        if (meta != null && meta.isAnnotationPresent(Ref.class)) {
            refs.add(new Declared(meta.getAnnotation(Ref.class).value(), text, file, path.toString()));
        }
        if (meta != null && meta.isAnnotationPresent(MediaPath.class)) {
            media.add(new MediaUse(text, meta.getAnnotation(MediaPath.class).json(), file, path.toString()));
        }
    }

    private void checkWholeNumber(JsonNode node, AnnotatedElement meta, Where path) {
        Range range = meta == null ? null : meta.getAnnotation(Range.class);
        String unit = range == null || range.unit().isEmpty() ? "" : " " + range.unit();
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path, "must be a whole number" + (unit.isEmpty() ? "" : " of" + unit) + ", got " + describe(node));
            return;
        }
        int value = node.intValue();
        if (range != null && (value < range.min() || value > range.max())) {
            problem(path, "must be between " + range.min() + " and " + range.max() + unit + ", got " + value);
        }
    }

    private void checkNumber(JsonNode node, AnnotatedElement meta, Where path) {
        Range range = meta == null ? null : meta.getAnnotation(Range.class);
        String unit = range == null || range.unit().isEmpty() ? "" : " " + range.unit();
        if (!node.isNumber()) {
            problem(path, "must be a number" + (unit.isEmpty() ? "" : " of" + unit) + ", got " + describe(node));
            return;
        }
        double value = node.doubleValue();
        if (range != null && (value < range.min() || value > range.max())) {
            problem(path, "must be between " + range.min() + " and " + range.max() + unit + ", got " + node.asText());
        }
    }

    private void checkChoice(JsonNode node, Class<?> enumType, Where path) {
        List<String> allowed = choices(enumType);
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            problem(path, "must be one of " + allowed.stream().map(a -> "\"" + a + "\"")
                    .collect(Collectors.joining(", ")) + ", got " + describe(node));
        }
    }

    /**
     * The JSON spellings of an enum's constants, in declaration order: the constant's name in
     * lower case, with hyphens for underscores ({@code SEE_DOCTOR} is "see-doctor").
     */
    static List<String> choices(Class<?> enumType) {
        return CHOICES.get(enumType);
    }

    private static final ClassValue<List<String>> CHOICES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> enumType) {
            return Arrays.stream(enumType.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        }
    };

    private static String expected(Type type, AnnotatedElement meta) {
        if (type instanceof ParameterizedType) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class) {
            Range range = meta == null ? null : meta.getAnnotation(Range.class);
            return range == null || range.unit().isEmpty() ? "a whole number" : "a whole number of " + range.unit();
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return "one of " + String.join(", ", choices(c));
        }
        return "an object";
    }

    /** How a JSON value looks to the author, shortened. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }

    private void problem(Where path, String message) {
        problems.add(new Problem(file, path.toString(), message));
    }
}
