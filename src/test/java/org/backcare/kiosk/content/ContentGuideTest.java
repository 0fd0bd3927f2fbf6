package org.backcare.kiosk.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field tables of docs/CONTENT.md match the content records: one table per record type the
 * content files hold, every component listed in order, none extra, "optional" exactly when the
 * component is {@link Omittable}, and the file it is in ({@code clinical}, {@code language},
 * {@code both}) as {@link ContentHalf} derives it. A field added to a record fails here until the
 * guide has it.
 */
class ContentGuideTest {

    private static final Path GUIDE = Path.of("docs/CONTENT.md");
    private static final Pattern HEADING = Pattern.compile("^### .*?\\(`([A-Z][A-Za-z]*)`\\).*$");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\| ([^|]+?) \\| (required|optional) \\|.*\\|$");

    private record Row(String field, String in, String required) {
    }

    @Test
    void theFieldTablesMatchTheRecords() throws IOException {
        Map<String, List<Row>> tables = tables(Files.readAllLines(GUIDE));
        Map<Class<?>, String> documented = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            reachable(topic.type(), null, documented);
        }
        reachable(LanguageList.class, "languages.json", documented);
        for (Class<?> drawing : mediaTypes()) {
            reachable(drawing, "drawing", documented);
        }
        List<String> wrong = new ArrayList<>();
        documented.forEach((type, place) -> {
            List<Row> rows = tables.remove(type.getSimpleName());
            if (rows == null) {
                wrong.add(type.getSimpleName() + ": no table; add a heading with (`" + type.getSimpleName() + "`)");
                return;
            }
            List<Row> expected = new ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                expected.add(new Row(rc.getName(), place != null ? place : half(rc),
                        rc.isAnnotationPresent(Omittable.class) ? "optional" : "required"));
            }
            if (!expected.equals(rows)) {
                List<String> names = expected.stream().map(Row::field).toList();
                expected.stream().filter(r -> !rows.contains(r)).forEach(r -> wrong.add(type.getSimpleName() + "."
                        + r.field() + ": the table must list it as | `" + r.field() + "` | " + r.in() + " | " + r.required() + " |"));
                rows.stream().filter(r -> !names.contains(r.field())).forEach(r -> wrong.add(type.getSimpleName() + "."
                        + r.field() + ": in the table, but the record has no such field"));
                List<String> listed = rows.stream().map(Row::field).filter(names::contains).toList();
                if (listed.equals(names.stream().filter(listed::contains).toList())) {
                    return;
                }
                wrong.add(type.getSimpleName() + ": list the fields in the record's order: " + String.join(", ", names));
            }
        });
        tables.keySet().forEach(name -> wrong.add(name + ": a table for a type the content does not have"));
        assertTrue(wrong.isEmpty(), () -> "docs/CONTENT.md is out of step with the records:\n  " + String.join("\n  ", wrong));
    }

    @Test
    void theTablesAreFound() throws IOException {
        Map<String, List<Row>> tables = tables(Files.readAllLines(GUIDE));
        assertEquals(List.of(new Row("id", "both", "required"), new Row("name", "language", "required")),
                tables.get("Exercise").subList(0, 2));
    }

    private static String half(RecordComponent rc) {
        boolean clinical = ContentHalf.CLINICAL.holds(rc);
        boolean language = ContentHalf.LANGUAGE.holds(rc);
        return clinical && language ? "both" : clinical ? "clinical" : "language";
    }

    /** Every record type reachable from {@code root}, with the file column its table must have (null: by half). */
    private static void reachable(Class<?> root, String place, Map<Class<?>, String> out) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (out.containsKey(type)) {
                continue;
            }
            out.put(type, place);
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> inner = ContentHalf.recordOf(rc);
                if (inner != null) {
                    todo.add(inner);
                }
            }
        }
    }

    /** The record types of JSON media (drawings) the content names. */
    private static Set<Class<?>> mediaTypes() {
        Map<Class<?>, String> all = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            reachable(topic.type(), null, all);
        }
        Set<Class<?>> media = new LinkedHashSet<>();
        for (Class<?> type : all.keySet()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                MediaPath path = rc.getAnnotation(MediaPath.class);
                if (path != null && path.json() != Record.class) {
                    media.add(path.json());
                }
            }
        }
        return media;
    }

    private static Map<String, List<Row>> tables(List<String> lines) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        List<Row> current = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                current = new ArrayList<>();
                tables.put(heading.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null && row.matches()) {
                current.add(new Row(row.group(1), row.group(2).trim(), row.group(3)));
            }
        }
        return tables;
    }
}
