package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Splits content files that hold everything (each {@code <lang>/<topic>.json} with ids, numbers,
 * rules and texts, as before issue 27) into {@code clinical/<topic>.json} and text-only language
 * files. Run after merging work that edited whole files:
 *
 * <pre>./mvnw -q test -Dtest=SplitContentFiles -Dcontent.split=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * ({@code -Dcontent.dir=DIR} for a clinic's folder). For each topic, the clinical half comes from
 * the default language's file. Where a clinical file is already there, the default language's
 * clinical values (if its file still carries any) are laid over it, so a file that git merged
 * half split and half whole loses nothing; but an item or an optional field deleted from a whole
 * file stays in the clinical file (the validation at the end then names the item, whose texts
 * are missing): delete it there. Every other language file that carries clinical data must carry
 * the same values as the default's, or nothing is written and every difference is listed
 * ({@code -Dcontent.split.accept=default} writes anyway, keeping the default language's values).
 * Files already split stay as they are, so running it twice changes nothing. Output is 2-space
 * JSON with the keys in record-component order. At the end the folder is validated, and what the
 * validator says is listed.
 */
@EnabledIfSystemProperty(named = "content.split", matches = "true")
class SplitContentFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void split() throws IOException {
        Path root = Path.of(System.getProperty("content.dir", "src/main/resources/org/backcare/kiosk/content"));
        boolean accept = "default".equals(System.getProperty("content.split.accept"));
        List<String> differences = split(root, accept);
        assertTrue(differences.isEmpty() || accept, () -> "Nothing was written: these clinical values differ from the"
                + " default language's (a safety defect; fix them, or rerun with -Dcontent.split.accept=default to keep"
                + " the default language's):\n  " + String.join("\n  ", differences));
        differences.forEach(d -> System.out.println("kept the default language's value: " + d));
        List<String> problems = problems(root);
        assertTrue(problems.isEmpty(), () -> "Split, but the result does not validate; check these and run again:\n  "
                + String.join("\n  ", problems));
        System.out.println("Split " + root.toAbsolutePath() + " into clinical/ and text-only language files.");
    }

    /**
     * Splits every topic under {@code root}.
     *
     * @return where another language's clinical values differ from the default's; when there are
     *         any, nothing is written unless {@code accept}
     */
    static List<String> split(Path root, boolean accept) throws IOException {
        JsonNode languages = MAPPER.readTree(root.resolve(ContentLoader.LANGUAGES_FILE).toFile());
        String defaultLanguage = languages.get("defaultLanguage").asText();
        List<String> others = new ArrayList<>();
        languages.get("languages").forEach(l -> {
            if (!l.get("id").asText().equals(defaultLanguage)) {
                others.add(l.get("id").asText());
            }
        });
        List<String> differences = new ArrayList<>();
        Map<Path, JsonNode> out = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            Class<?> type = topic.type();
            Path clinicalPath = root.resolve(ContentLoader.clinicalFile(topic));
            JsonNode model = read(root.resolve(defaultLanguage + "/" + topic.fileName()));
            // With a clinical file already there, the default language's clinical values are laid over
            // it: a file that is half split (a merge of split and whole-format edits) loses nothing.
            JsonNode clinical = Files.exists(clinicalPath)
                    ? half(overlay(half(read(clinicalPath), type, ContentHalf.CLINICAL),
                            half(model, type, ContentHalf.CLINICAL), type), type, ContentHalf.CLINICAL)
                    : half(model, type, ContentHalf.CLINICAL);
            out.put(clinicalPath, clinical);
            out.put(root.resolve(defaultLanguage + "/" + topic.fileName()), half(model, type, ContentHalf.LANGUAGE));
            for (String lang : others) {
                String file = lang + "/" + topic.fileName();
                JsonNode node = read(root.resolve(file));
                if (carriesClinical(node, type)) {
                    compare(clinical, half(node, type, ContentHalf.CLINICAL), type, "$", file, defaultLanguage, differences);
                }
                out.put(root.resolve(file), half(node, type, ContentHalf.LANGUAGE));
            }
        }
        if (differences.isEmpty() || accept) {
            Files.createDirectories(root.resolve(ContentLoader.CLINICAL_FOLDER));
            for (Map.Entry<Path, JsonNode> file : out.entrySet()) {
                StringBuilder text = new StringBuilder();
                write(file.getValue(), "", text);
                Files.writeString(file.getKey(), text.append('\n'), StandardCharsets.UTF_8);
            }
        }
        return differences;
    }

    /** What the validator says about the split folder (nothing when it is clean). */
    static List<String> problems(Path root) {
        return org.backcare.kiosk.Main.contentLoader().load(new ContentFolder(root, new BundledContent())).problems()
                .stream().map(Problem::toString).toList();
    }

    private static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    /**
     * {@code top}'s values laid over {@code base}'s: items matched by id, in {@code top}'s order
     * (an item only in {@code base} is kept, at the end), items without ids by position when the
     * lists are as long, anything else replaced by {@code top}'s.
     */
    static JsonNode overlay(JsonNode base, JsonNode top, Class<?> type) {
        if (base == null || top == null || type == null) {
            return top != null ? top : base;
        }
        if (base instanceof ArrayNode b && top instanceof ArrayNode t) {
            ArrayNode out = NODES.arrayNode();
            if (!ContentHalf.matchedById(type)) {
                if (b.size() != t.size()) {
                    return t;
                }
                for (int i = 0; i < b.size(); i++) {
                    out.add(overlay(b.get(i), t.get(i), type));
                }
                return out;
            }
            Map<String, JsonNode> bases = new LinkedHashMap<>();
            b.forEach(item -> bases.put(item.path("id").asText(), item));
            for (JsonNode item : t) {
                out.add(overlay(bases.remove(item.path("id").asText()), item, type));
            }
            bases.values().forEach(out::add);
            return out;
        }
        if (base instanceof ObjectNode b && top instanceof ObjectNode t) {
            ObjectNode out = b.deepCopy();
            Map<String, RecordComponent> components = RecordType.of(type).components;
            t.fields().forEachRemaining(f -> {
                RecordComponent rc = components.get(f.getKey());
                out.set(f.getKey(), overlay(b.get(f.getKey()), f.getValue(), rc == null ? null : ContentHalf.recordOf(rc)));
            });
            return out;
        }
        return top;
    }

    /** Whether a file holds anything that belongs in the clinical file (beyond the ids its texts are matched by). */
    static boolean carriesClinical(JsonNode node, Class<?> type) {
        if (node instanceof ArrayNode items) {
            for (JsonNode item : items) {
                if (carriesClinical(item, type)) {
                    return true;
                }
            }
            return false;
        }
        if (!(node instanceof ObjectNode object) || type == null) {
            return false;
        }
        Map<String, RecordComponent> components = RecordType.of(type).components;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            RecordComponent rc = components.get(names.next());
            if (rc != null && (!ContentHalf.LANGUAGE.holds(rc)
                    || carriesClinical(object.get(rc.getName()), ContentHalf.recordOf(rc)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One half of a file, keys in record-component order. Fields the records do not have go to the
     * language half, where the loader names them, rather than being lost.
     */
    static JsonNode half(JsonNode node, Class<?> type, ContentHalf half) {
        if (node instanceof ArrayNode items) {
            ArrayNode out = NODES.arrayNode();
            items.forEach(item -> out.add(half(item, type, half)));
            return out;
        }
        if (!(node instanceof ObjectNode object) || type == null) {
            return node;
        }
        ObjectNode out = NODES.objectNode();
        Map<String, RecordComponent> components = RecordType.of(type).components;
        for (RecordComponent rc : components.values()) {
            JsonNode value = object.get(rc.getName());
            if (value != null && !value.isNull() && half.holds(rc)) {
                out.set(rc.getName(), half(value, ContentHalf.recordOf(rc), half));
            }
        }
        if (half == ContentHalf.LANGUAGE) {
            object.fields().forEachRemaining(f -> {
                if (!components.containsKey(f.getKey())) {
                    out.set(f.getKey(), f.getValue());
                }
            });
        }
        return out;
    }

    /** Lists where {@code other} (another language's clinical half) differs from {@code model}. */
    private static void compare(JsonNode model, JsonNode other, Class<?> type, String path, String file,
                                String defaultLanguage, List<String> differences) {
        if (model.equals(other)) {
            return;
        }
        if (type != null && model instanceof ArrayNode a && other instanceof ArrayNode b && ContentHalf.matchedById(type)) {
            List<String> ids = new ArrayList<>();
            a.forEach(i -> ids.add(i.path("id").asText()));
            List<String> otherIds = new ArrayList<>();
            b.forEach(i -> otherIds.add(i.path("id").asText()));
            if (!ids.equals(otherIds)) {
                differences.add(file + " " + path + ": the ids " + otherIds + ", in " + defaultLanguage + " " + ids);
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                compare(a.get(i), b.get(i), type, path + "[" + i + "]", file, defaultLanguage, differences);
            }
        } else if (type != null && model instanceof ArrayNode a && other instanceof ArrayNode b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                compare(a.get(i), b.get(i), type, path + "[" + i + "]", file, defaultLanguage, differences);
            }
        } else if (type != null && model instanceof ObjectNode a && other instanceof ObjectNode b) {
            for (RecordComponent rc : RecordType.of(type).components.values()) {
                JsonNode x = a.path(rc.getName());
                JsonNode y = b.path(rc.getName());
                compare(x, y, ContentHalf.recordOf(rc), path + "." + rc.getName(), file, defaultLanguage, differences);
            }
        } else {
            differences.add(file + " " + path + ": " + shown(other) + ", in " + defaultLanguage + " " + shown(model));
        }
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "absent" : node.toString();
    }

    /** JSON as the content files are written: two spaces a level, every item on its own line. */
    static void write(JsonNode node, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(inner).append(NODES.textNode(field.getKey())).append(": ");
                write(field.getValue(), inner, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            out.append("[\n");
            for (int i = 0; i < array.size(); i++) {
                out.append(inner);
                write(array.get(i), inner, out);
                out.append(i + 1 < array.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(node.toString());
        }
    }
}
