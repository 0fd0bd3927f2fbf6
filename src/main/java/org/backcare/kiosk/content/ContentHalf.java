package org.backcare.kiosk.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The two halves of a topic's content, derived from its record types: the clinical half
 * ({@code clinical/<topic>.json}: ids, numbers, choices, true/false, references, media paths,
 * rules), stored once for every language, and the language half ({@code <lang>/<topic>.json}:
 * the texts a person reads), one per language.
 *
 * <p>A component is text when its type is {@code String} or {@code List<String>}, it is not the
 * {@code id}, and it is none of {@link Ref}, {@link MediaPath}, {@link Neutral}. An object (or list
 * of objects) belongs to each half that something inside it belongs to; ids count as clinical,
 * and a record that holds texts also repeats its {@code id} in the language file, so its texts
 * can be matched to it.
 */
enum ContentHalf {
    CLINICAL,
    LANGUAGE;

    private record Parts(boolean clinical, boolean text) {
    }

    private static final ClassValue<Parts> RECORDS = new ClassValue<>() {
        @Override
        protected Parts computeValue(Class<?> type) {
            boolean clinical = false;
            boolean text = false;
            for (RecordComponent rc : type.getRecordComponents()) {
                clinical |= holdsClinical(rc);
                text |= holdsText(rc);
            }
            return new Parts(clinical, text);
        }
    };

    /** Whether this half of a file holds the component (its value, or part of it). */
    boolean holds(RecordComponent rc) {
        return this == CLINICAL ? holdsClinical(rc)
                : holdsText(rc) || isId(rc) && RECORDS.get(rc.getDeclaringRecord()).text();
    }

    static boolean isId(RecordComponent rc) {
        return rc.getName().equals("id");
    }

    /** A text a person reads: in the language files only. */
    static boolean isText(RecordComponent rc) {
        Type type = rc.getGenericType();
        boolean strings = type == String.class || type instanceof ParameterizedType list
                && list.getRawType() == List.class && list.getActualTypeArguments()[0] == String.class;
        return strings && !isId(rc) && !rc.isAnnotationPresent(Ref.class) && !rc.isAnnotationPresent(MediaPath.class)
                && !rc.isAnnotationPresent(Neutral.class);
    }

    /** The record type a component holds, itself or as a list's items; null for other values. */
    static Class<?> recordOf(RecordComponent rc) {
        Type type = rc.getGenericType();
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            type = list.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c && c.isRecord() ? c : null;
    }

    private static boolean holdsClinical(RecordComponent rc) {
        Class<?> record = recordOf(rc);
        return record != null ? RECORDS.get(record).clinical() : !isText(rc);
    }

    private static boolean holdsText(RecordComponent rc) {
        Class<?> record = recordOf(rc);
        return record != null ? RECORDS.get(record).text() : isText(rc);
    }

    /** Whether a record's items are matched between the two halves by id (else by position). */
    static boolean matchedById(Class<?> recordType) {
        return RecordType.of(recordType).components.containsKey("id");
    }
}
