package org.backcare.kiosk.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates a content folder: every problem in every file is reported at once, each
 * with its file and JSON location, and content is only built when there are none.
 */
public final class ContentLoader {

    static final String LANGUAGES_FILE = "languages.json";

    private final List<ContentCheck> checks;

    /** @param checks run on each language's built content, e.g. the picker's soundness check */
    public ContentLoader(ContentCheck... checks) {
        this.checks = List.of(checks);
    }

    /** Loads every language of {@code source}. */
    public LoadResult load(ContentSource source) {
        List<Problem> problems = new ArrayList<>();
        JsonNode languagesNode = parse(source, LANGUAGES_FILE, problems);
        if (languagesNode == null) {
            return LoadResult.failed(source.describe(), problems);
        }
        ShapeCheck languagesCheck = new ShapeCheck(LANGUAGES_FILE, problems);
        languagesCheck.checkFile(languagesNode, LanguageList.class);
        if (!problems.isEmpty()) {
            return LoadResult.failed(source.describe(), problems);
        }
        checkIdsAndRefs(List.of(languagesCheck), Set.of(), problems);
        LanguageList languages = convert(languagesNode, LanguageList.class, LANGUAGES_FILE, problems);
        if (languages == null) {
            return LoadResult.failed(source.describe(), problems);
        }

        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (Language language : languages.languages()) {
            parsed.put(language.id(), checkLanguage(source, language.id(), problems));
        }
        checkSameIds(languages.defaultLanguage(), parsed, problems);
        if (!problems.isEmpty()) {
            return LoadResult.failed(source.describe(), problems);
        }

        Map<String, Content> content = new LinkedHashMap<>();
        for (Language language : languages.languages()) {
            int before = problems.size(); // each language is checked on its own, so all are reported
            Map<Topic, Record> topics = new EnumMap<>(Topic.class);
            parsed.get(language.id()).topics().forEach((topic, node) -> topics.put(topic,
                    convert(node, topic.type(), language.id() + "/" + topic.fileName(), problems)));
            Map<String, Drawing> drawings = new LinkedHashMap<>();
            parsed.get(language.id()).drawings().forEach((path, node) ->
                    drawings.put(path, convert(node, Drawing.class, "media/" + path, problems)));
            if (problems.size() == before) {
                Content built = assemble(language, topics, drawings);
                checks.forEach(check -> check.check(built, problems));
                content.put(language.id(), built);
            }
        }
        return problems.isEmpty()
                ? new LoadResult(source.describe(), languages, Map.copyOf(content), List.of())
                : LoadResult.failed(source.describe(), problems);
    }

    /**
     * One language's parsed and checked files: its topics, the JSON media they use, and the ids each
     * topic file declares, in order (e.g. "multifidi" for muscles.json).
     */
    private record Parsed(Map<Topic, JsonNode> topics, Map<String, JsonNode> drawings, Map<Topic, List<String>> ids) {
    }

    /**
     * Every language must hold the same things as the default one: the same exercises, questions,
     * answers, results and red flags, under the same ids, so the picker and links work in each.
     */
    private static void checkSameIds(String defaultLanguage, Map<String, Parsed> parsed, List<Problem> problems) {
        Parsed reference = parsed.get(defaultLanguage);
        if (reference == null) {
            return;
        }
        parsed.forEach((lang, other) -> {
            if (lang.equals(defaultLanguage)) {
                return;
            }
            for (Topic topic : Topic.values()) {
                List<String> want = reference.ids().get(topic);
                List<String> have = other.ids().get(topic);
                if (want == null || have == null) {
                    continue;
                }
                String file = lang + "/" + topic.fileName();
                String model = defaultLanguage + "/" + topic.fileName();
                List<String> missing = want.stream().filter(id -> !have.contains(id)).toList();
                List<String> extra = have.stream().filter(id -> !want.contains(id)).toList();
                if (!missing.isEmpty()) {
                    problems.add(new Problem(file, "", "lacks what " + model + " has, by id: "
                            + String.join(", ", missing) + "; every language must hold the same items"));
                }
                if (!extra.isEmpty()) {
                    problems.add(new Problem(file, "", "has items that " + model + " does not, by id: "
                            + String.join(", ", extra) + "; every language must hold the same items"));
                }
            }
        });
    }

    private Parsed checkLanguage(ContentSource source, String lang, List<Problem> problems) {
        Map<Topic, JsonNode> nodes = new EnumMap<>(Topic.class);
        Map<Topic, List<String>> ids = new EnumMap<>(Topic.class);
        List<ShapeCheck> checks = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            String file = lang + "/" + topic.fileName();
            JsonNode node = parse(source, file, problems);
            if (node != null) {
                ShapeCheck check = new ShapeCheck(file, problems);
                check.checkFile(node, topic.type());
                checks.add(check);
                nodes.put(topic, node);
                ids.put(topic, check.ids.stream().map(ShapeCheck.Declared::id).toList());
            }
        }
        try {
            Set<String> known = Arrays.stream(Topic.values()).map(Topic::fileName).collect(Collectors.toSet());
            for (String name : source.list(lang)) {
                if (!known.contains(name)) {
                    problems.add(new Problem(lang + "/" + name, "", "is not a file the kiosk knows; a language"
                            + " folder holds only: " + String.join(", ", known.stream().sorted().toList())));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(lang + "/", "", "the folder cannot be read: " + LocalFile.reason(e)));
        }
        Map<String, JsonNode> drawings = checkMedia(source, checks, problems);
        Set<String> topicIds = Arrays.stream(Topic.values()).map(Topic::id).collect(Collectors.toSet());
        checkIdsAndRefs(checks, topicIds, problems);
        return new Parsed(nodes, drawings, ids);
    }

    /** Ids must be unique within a language, and every reference must name one of the right kind. */
    private static void checkIdsAndRefs(List<ShapeCheck> checks, Set<String> topicIds, List<Problem> problems) {
        Map<String, ShapeCheck.Declared> firstUse = new HashMap<>();
        Map<Class<?>, Set<String>> byKind = new HashMap<>();
        byKind.put(TopicInfo.class, topicIds);
        for (ShapeCheck check : checks) {
            for (ShapeCheck.Declared id : check.ids) {
                ShapeCheck.Declared earlier = firstUse.putIfAbsent(id.id(), id);
                if (earlier != null) {
                    problems.add(new Problem(id.file(), id.path(), "the id \"" + id.id() + "\" is used twice; it is"
                            + " also the id at " + earlier.file() + " " + earlier.path()));
                }
                byKind.computeIfAbsent(id.kind(), k -> new HashSet<>()).add(id.id());
            }
        }
        for (ShapeCheck check : checks) {
            for (ShapeCheck.Declared ref : check.refs) {
                Set<String> ids = byKind.getOrDefault(ref.kind(), Set.of());
                if (!ids.contains(ref.id())) {
                    problems.add(new Problem(ref.file(), ref.path(), "no " + kindName(ref.kind()) + " has the id \""
                            + ref.id() + "\"" + (ids.isEmpty() ? "" : "; the ids are: "
                            + String.join(", ", ids.stream().sorted().toList()))));
                }
            }
        }
    }

    /**
     * Checks every media path; media that is JSON (a drawing) is read and checked like content,
     * and its check joins {@code checks} so references from and to it are resolved too.
     *
     * @return the parsed JSON media, by path
     */
    private Map<String, JsonNode> checkMedia(ContentSource source, List<ShapeCheck> checks, List<Problem> problems) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (ShapeCheck check : List.copyOf(checks)) {
            for (ShapeCheck.MediaUse use : check.media) {
                String why = mediaProblem(source, use.value());
                if (why != null) {
                    problems.add(new Problem(use.file(), use.path(), why));
                } else if (use.json() != Record.class && !documents.containsKey(use.value())) {
                    String file = "media/" + use.value();
                    JsonNode node = parse(file, () -> source.readMedia(use.value()), problems);
                    if (node != null) {
                        ShapeCheck mediaCheck = new ShapeCheck(file, problems);
                        mediaCheck.checkFile(node, use.json());
                        checks.add(mediaCheck);
                        documents.put(use.value(), node);
                    }
                }
            }
        }
        return documents;
    }

    /** Why a media path cannot be used, or null when it can. */
    private static String mediaProblem(ContentSource source, String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return "must be a path inside the media folder, not an absolute path: \"" + path + "\"";
        }
        if (path.contains("\\")) {
            return "must use / between folders, not \\: \"" + path + "\"";
        }
        if (List.of(path.split("/")).contains("..")) {
            return "must stay inside the media folder; \"..\" is not allowed: \"" + path + "\"";
        }
        return switch (source.media(path)) {
            case MISSING -> "no file \"" + path + "\" in the media folder";
            case OUTSIDE_MEDIA_FOLDER -> "\"" + path + "\" is a link that leads outside the media folder";
            case NOT_A_FILE -> "\"" + path + "\" in the media folder is not a regular file (a folder, a named pipe,"
                    + " a device or a link loop); it is not read";
            case FOUND -> null;
        };
    }

    /** Reads a file; returns null when it is missing. */
    @FunctionalInterface
    private interface Reader {
        byte[] read() throws IOException;
    }

    private static JsonNode parse(ContentSource source, String file, List<Problem> problems) {
        return parse(file, () -> source.read(file), problems);
    }

    private static JsonNode parse(String file, Reader reader, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = reader.read();
        } catch (IOException e) {
            problems.add(new Problem(file, "", e instanceof ContentSource.FileTooLargeException
                    || e instanceof LocalFile.NotAFileException ? e.getMessage() : "cannot be read: " + LocalFile.reason(e)));
            return null;
        }
        if (bytes == null) {
            problems.add(new Problem(file, "", "is missing"));
            return null;
        }
        if (bytes.length == 0) {
            problems.add(new Problem(file, "", "is empty"));
            return null;
        }
        String encoding = encodingProblem(bytes);
        if (encoding != null) {
            problems.add(new Problem(file, "line 1, column 1", encoding));
            return null;
        }
        try {
            JsonNode node = JsonTree.read(bytes);
            if (node == null) {
                problems.add(new Problem(file, "", "holds no JSON value"));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            // Jackson names its own setting in limit messages ("…, from `StreamReadConstraints…`)"): not for authors.
            String why = firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")");
            problems.add(new Problem(file, where, "is not valid JSON: " + why));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, "", "cannot be read: " + LocalFile.reason(e)));
            return null;
        }
    }

    /**
     * Content is UTF-8 without a byte-order mark. A BOM (some editors add one) or UTF-16 would be
     * read silently by the JSON parser on one machine and not by a tool on another, so it is named.
     */
    private static String encodingProblem(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return "starts with a byte-order mark (BOM); save the file as \"UTF-8\" without BOM";
        }
        if (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
                || b[0] == 0 || b[1] == 0)) {
            return "is not UTF-8 text (it looks like UTF-16 or binary); save the file as \"UTF-8\"";
        }
        return null;
    }

    private static <T extends Record> T convert(JsonNode node, Class<T> type, String file, List<Problem> problems) {
        try {
            return RecordBinder.bind(node, type);
        } catch (RuntimeException e) {
            // The shape check should have caught this; report it rather than fail.
            problems.add(new Problem(file, "$", "cannot be read as " + kindName(type) + ": "
                    + firstLine(e.getMessage())));
            return null;
        }
    }

    private static Content assemble(Language language, Map<Topic, Record> t, Map<String, Drawing> drawings) {
        return new Content(language, (MusclesTopic) t.get(Topic.MUSCLES), (CausesTopic) t.get(Topic.CAUSES),
                (SymptomsTopic) t.get(Topic.SYMPTOMS), (SelfCareTopic) t.get(Topic.SELF_CARE),
                (ExercisesTopic) t.get(Topic.EXERCISES), (DoctorTopic) t.get(Topic.DOCTOR),
                (KeyPointsTopic) t.get(Topic.KEY_POINTS), (SourcesTopic) t.get(Topic.SOURCES),
                (PickerTopic) t.get(Topic.PICKER), drawings);
    }

    /** "EvidenceNote" → "evidence note"; a topic is named as such. */
    static String kindName(Class<?> kind) {
        if (kind == TopicInfo.class) {
            return "topic";
        }
        return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
