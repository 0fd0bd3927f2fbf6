package org.backcare.kiosk.content;

import org.backcare.kiosk.files.JsonTree;
import org.backcare.kiosk.files.LocalFile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 *
 * <p>Each topic is two files: {@code clinical/<topic>.json} holds what must be the same in every
 * language (ids, numbers, choices, references, media paths, the picker's rules), once, and
 * {@code <lang>/<topic>.json} holds only that language's texts, under the same ids. Each is
 * checked as its half ({@link ContentHalf}), so a language file that carries a hold time or a
 * rule is refused; then the two are merged into one tree per language, which the records are
 * built from.
 */
public final class ContentLoader {

    static final String LANGUAGES_FILE = "languages.json";
    /** Beside the language folders: the half of each topic that is the same in every language. */
    static final String CLINICAL_FOLDER = "clinical";

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

        for (int i = 0; i < languages.languages().size(); i++) {
            if (languages.languages().get(i).id().equals(CLINICAL_FOLDER)) {
                problems.add(new Problem(LANGUAGES_FILE, "$.languages[" + i + "].id", "\"" + CLINICAL_FOLDER
                        + "\" is the folder of the clinical files, not a language; choose another id"));
            }
        }
        List<String> languageIds = languages.languages().stream().map(Language::id).toList();
        Clinical clinical = checkClinical(source, languageIds, problems);
        Map<String, Map<Topic, ObjectNode>> merged = new LinkedHashMap<>();
        Map<String, Map<Topic, JsonNode>> texts = new LinkedHashMap<>();
        for (String lang : languageIds) {
            Map<Topic, JsonNode> languageTopics = checkLanguage(source, lang, problems);
            Map<Topic, ObjectNode> whole = new EnumMap<>(Topic.class);
            languageTopics.forEach((topic, node) -> {
                JsonNode facts = clinical.topics().get(topic);
                if (facts != null) {
                    whole.put(topic, ContentMerge.merge(facts, node, topic.type(), clinicalFile(topic),
                            lang + "/" + topic.fileName(), problems));
                }
            });
            texts.put(lang, languageTopics);
            merged.put(lang, whole);
        }
        if (!problems.isEmpty()) {
            return LoadResult.failed(source.describe(), problems);
        }

        Map<String, Drawing> drawings = new LinkedHashMap<>();
        clinical.drawings().forEach((path, node) ->
                drawings.put(path, convert(node, Drawing.class, "media/" + path, problems)));
        if (!problems.isEmpty()) {
            return LoadResult.failed(source.describe(), problems);
        }
        Map<String, Content> content = new LinkedHashMap<>();
        boolean clinicalChecked = false; // the clinical half is the same in every language: checked once
        for (Language language : languages.languages()) {
            int before = problems.size(); // each language is checked on its own, so all are reported
            Map<Topic, Record> topics = new EnumMap<>(Topic.class);
            merged.get(language.id()).forEach((topic, node) -> topics.put(topic,
                    convert(node, topic.type(), language.id() + "/" + topic.fileName(), problems)));
            if (problems.size() == before) {
                Content built = assemble(language, topics, drawings);
                for (ContentCheck check : checks) {
                    if (clinicalChecked) {
                        check.checkTexts(built, problems);
                    } else {
                        check.check(built, problems);
                    }
                }
                clinicalChecked = true;
                content.put(language.id(), built);
            }
            placeInTheRightHalf(problems.subList(before, problems.size()), language.id(), merged.get(language.id()),
                    texts.get(language.id()));
        }
        return problems.isEmpty()
                ? new LoadResult(source.describe(), languages, Map.copyOf(content), List.of())
                : LoadResult.failed(source.describe(), problems);
    }

    /** The clinical file of a topic: its ids, numbers, choices, references, media paths and rules. */
    static String clinicalFile(Topic topic) {
        return CLINICAL_FOLDER + "/" + topic.fileName();
    }

    /**
     * Problems found in a language's merged content (by the record constructors or the whole-content
     * checks) name that language's file; each is moved to the file its place is in: a text stays in
     * the language file, anything else goes to the clinical file.
     */
    private static void placeInTheRightHalf(List<Problem> found, String lang, Map<Topic, ObjectNode> merged,
                                            Map<Topic, JsonNode> texts) {
        for (int i = 0; i < found.size(); i++) {
            Problem problem = found.get(i);
            for (Topic topic : Topic.values()) {
                if (problem.file().equals(lang + "/" + topic.fileName())) {
                    found.set(i, ContentMerge.place(problem, topic.type(), merged.get(topic), texts.get(topic),
                            clinicalFile(topic)));
                }
            }
        }
    }

    /** The clinical files, checked as the clinical half of each topic, and the JSON media they use. */
    private record Clinical(Map<Topic, JsonNode> topics, Map<String, JsonNode> drawings) {
    }

    private Clinical checkClinical(ContentSource source, List<String> languageIds, List<Problem> problems) {
        Map<Topic, JsonNode> nodes = new EnumMap<>(Topic.class);
        List<ShapeCheck> checks = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            String file = clinicalFile(topic);
            JsonNode node = parse(source, file, problems);
            if (node != null) {
                int before = problems.size();
                String languageFiles = String.join(", ", languageIds.stream().map(l -> l + "/" + topic.fileName()).toList());
                ShapeCheck check = new ShapeCheck(file, problems, ContentHalf.CLINICAL, languageFiles);
                check.checkFile(node, topic.type());
                checks.add(check);
                if (problems.size() == before) {
                    nodes.put(topic, node);
                }
            }
        }
        checkKnownFiles(source, CLINICAL_FOLDER, "the clinical folder", problems);
        Map<String, JsonNode> drawings = checkMedia(source, checks, problems);
        Set<String> topicIds = Arrays.stream(Topic.values()).map(Topic::id).collect(Collectors.toSet());
        checkIdsAndRefs(checks, topicIds, problems);
        return new Clinical(nodes, drawings);
    }

    /** One language's files, each checked as the language half of its topic; only those without problems are returned. */
    private static Map<Topic, JsonNode> checkLanguage(ContentSource source, String lang, List<Problem> problems) {
        Map<Topic, JsonNode> nodes = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            String file = lang + "/" + topic.fileName();
            JsonNode node = parse(source, file, problems);
            if (node != null) {
                int before = problems.size();
                new ShapeCheck(file, problems, ContentHalf.LANGUAGE, clinicalFile(topic)).checkFile(node, topic.type());
                if (problems.size() == before) {
                    nodes.put(topic, node);
                }
            }
        }
        checkKnownFiles(source, lang, "a language folder", problems);
        return nodes;
    }

    private static void checkKnownFiles(ContentSource source, String folder, String what, List<Problem> problems) {
        try {
            Set<String> known = Arrays.stream(Topic.values()).map(Topic::fileName).collect(Collectors.toSet());
            for (String name : source.list(folder)) {
                if (!known.contains(name)) {
                    problems.add(new Problem(folder + "/" + name, "", "is not a file the kiosk knows; " + what
                            + " holds only: " + String.join(", ", known.stream().sorted().toList())));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(folder + "/", "", "the folder cannot be read: " + LocalFile.reason(e)));
        }
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
