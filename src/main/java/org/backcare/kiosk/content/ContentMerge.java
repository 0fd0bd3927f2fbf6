package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a topic's clinical file and one language's file, each already shape-checked as its half
 * ({@link ContentHalf}), into the whole tree the records are built from. Items of a list are
 * matched by id where they have one (the clinical file's order is kept), otherwise by position;
 * an item the clinical file has and the language file lacks the texts for, or the other way
 * round, is reported naming the language file.
 */
final class ContentMerge {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String clinicalFile;
    private final String languageFile;
    private final List<Problem> problems;

    private ContentMerge(String clinicalFile, String languageFile, List<Problem> problems) {
        this.clinicalFile = clinicalFile;
        this.languageFile = languageFile;
        this.problems = problems;
    }

    /** The whole tree of one topic in one language; problems are added when the halves do not match. */
    static ObjectNode merge(JsonNode clinical, JsonNode language, Class<? extends Record> type, String clinicalFile,
                            String languageFile, List<Problem> problems) {
        return new ContentMerge(clinicalFile, languageFile, problems)
                .record((ObjectNode) clinical, (ObjectNode) language, type, "$");
    }

    private ObjectNode record(ObjectNode clinical, ObjectNode language, Class<?> type, String path) {
        ObjectNode whole = NODES.objectNode();
        for (RecordComponent rc : RecordType.of(type).components.values()) {
            String name = rc.getName();
            boolean inClinical = ContentHalf.CLINICAL.holds(rc);
            boolean inLanguage = ContentHalf.LANGUAGE.holds(rc);
            JsonNode c = present(clinical.get(name));
            JsonNode l = present(language.get(name));
            if (ContentHalf.isId(rc) && inLanguage) {
                if (c != null && l != null && !c.equals(l)) {
                    problems.add(new Problem(languageFile, path + "." + name, "must be " + c + ", the id in "
                            + clinicalFile + ", got " + l));
                }
                set(whole, name, c);
            } else if (!inLanguage) {
                set(whole, name, c);
            } else if (!inClinical) {
                set(whole, name, l);
            } else if (c != null && l == null) {
                problems.add(new Problem(languageFile, path, "lacks the texts of \"" + name + "\", which "
                        + clinicalFile + " has"));
            } else if (c == null && l != null) {
                problems.add(new Problem(languageFile, path + "." + name, "has texts for \"" + name + "\", which "
                        + clinicalFile + " does not have"));
            } else if (c != null) {
                Class<?> item = ContentHalf.recordOf(rc);
                whole.set(name, c instanceof ArrayNode cs && l instanceof ArrayNode ls ? list(cs, ls, item, path + "." + name)
                        : c instanceof ObjectNode co && l instanceof ObjectNode lo ? record(co, lo, item, path + "." + name) : c);
            }
        }
        return whole;
    }

    private ArrayNode list(ArrayNode clinical, ArrayNode language, Class<?> item, String path) {
        ArrayNode whole = NODES.arrayNode(clinical.size());
        String kind = ContentLoader.kindName(item);
        if (!ContentHalf.matchedById(item)) {
            if (clinical.size() != language.size()) {
                problems.add(new Problem(languageFile, path, "has " + language.size() + " of these, " + clinicalFile
                        + " has " + clinical.size() + "; each " + kind + " needs its texts, in the same order"));
                return whole;
            }
            for (int i = 0; i < clinical.size(); i++) {
                whole.add(record(object(clinical.get(i)), object(language.get(i)), item, path + "[" + i + "]"));
            }
            return whole;
        }
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (int i = 0; i < language.size(); i++) {
            Integer earlier = texts.putIfAbsent(language.get(i).path("id").asText(), i);
            if (earlier != null) {
                problems.add(new Problem(languageFile, path + "[" + i + "].id", "the texts for the " + kind + " \""
                        + language.get(i).path("id").asText() + "\" are given twice; also at " + path + "[" + earlier + "]"));
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < clinical.size(); i++) {
            String id = clinical.get(i).path("id").asText();
            ids.put(id, i);
            Integer at = texts.get(id);
            if (at != null) {
                whole.add(record(object(clinical.get(i)), object(language.get(at)), item, path + "[" + at + "]"));
                continue;
            }
            List<String> required = requiredTexts(item);
            if (required.isEmpty()) {
                whole.add(record(object(clinical.get(i)), NODES.objectNode(), item, path));
            } else {
                problems.add(new Problem(languageFile, path, "lacks the text" + (required.size() == 1 ? " " : "s ")
                        + String.join(", ", required.stream().map(n -> "\"" + n + "\"").toList()) + " for the " + kind
                        + " \"" + id + "\""));
            }
        }
        texts.forEach((id, at) -> {
            if (!ids.containsKey(id)) {
                problems.add(new Problem(languageFile, path + "[" + at + "].id", "has texts for the " + kind + " \"" + id
                        + "\", which " + clinicalFile + " does not have; every " + kind + " is listed there first"));
            }
        });
        return whole;
    }

    /** The fields a language file must give for an item of this type. */
    private static List<String> requiredTexts(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : RecordType.of(type).components.values()) {
            if (ContentHalf.LANGUAGE.holds(rc) && !ContentHalf.isId(rc) && !rc.isAnnotationPresent(Omittable.class)) {
                names.add(rc.getName());
            }
        }
        return names;
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : NODES.objectNode();
    }

    private static void set(ObjectNode whole, String name, JsonNode value) {
        if (value != null) {
            whole.set(name, value);
        }
    }

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

    /**
     * The file (and place in it) a problem found in a merged topic is best reported at: a text
     * in the language file, at its place there; anything else, including an item as a whole, in
     * the clinical file, where the merged tree's places are the clinical file's.
     */
    static Problem place(Problem problem, Class<? extends Record> type, JsonNode whole, JsonNode language,
                         String clinicalFile) {
        String location = problem.location();
        Problem clinical = new Problem(clinicalFile, location, problem.message());
        if (!location.startsWith("$")) {
            return clinical;
        }
        Matcher step = STEP.matcher(location);
        Type at = type;
        StringBuilder languagePath = new StringBuilder("$");
        int end = 1;
        while (step.find(end) && step.start() == end) {
            end = step.end();
            if (step.group(1) != null) {
                if (!(at instanceof Class<?> record) || !record.isRecord()) {
                    return clinical;
                }
                RecordComponent rc = RecordType.of(record).components.get(step.group(1));
                if (rc == null || !ContentHalf.LANGUAGE.holds(rc) || ContentHalf.isId(rc)) {
                    return clinical;
                }
                languagePath.append(step.group());
                whole = whole.path(rc.getName());
                language = language.path(rc.getName());
                at = rc.getGenericType();
                if (!ContentHalf.CLINICAL.holds(rc)) {
                    return new Problem(problem.file(), languagePath + location.substring(end), problem.message());
                }
            } else {
                if (!(at instanceof ParameterizedType list)) {
                    return clinical;
                }
                at = list.getActualTypeArguments()[0];
                int index = Integer.parseInt(step.group(2));
                if (at instanceof Class<?> item && ContentHalf.matchedById(item)) {
                    String id = whole.path(index).path("id").asText();
                    index = -1;
                    for (int i = 0; i < language.size(); i++) {
                        if (language.get(i).path("id").asText().equals(id)) {
                            index = i;
                        }
                    }
                    if (index < 0) {
                        return clinical;
                    }
                }
                languagePath.append('[').append(index).append(']');
                whole = whole.path(Integer.parseInt(step.group(2)));
                language = language.path(index);
            }
        }
        return clinical;
    }
}
