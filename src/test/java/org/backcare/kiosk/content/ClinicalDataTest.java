package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.backcare.kiosk.content.ContentFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hold times, repetitions, directions, poses, the picker's rules and every id are stored once, in
 * clinical/; a language file holds only its texts. A translation that carries a clinical value of
 * its own, or lacks a text, is refused.
 */
class ClinicalDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    ContentFixture content;

    @BeforeEach
    void copy() {
        content = ContentFixture.copyOfBundled(dir);
    }

    @Test
    void aSpanishHoldTimeOrDirectionIsRefusedAsClinicalData() {
        content.edit("es/exercises.json", n -> {
            at(n, "/exercises/2").put("holdSeconds", 60);
            at(n, "/exercises/3").put("direction", "extension");
        });
        assertProblems(
                "es/exercises.json $.exercises[2].holdSeconds: is clinical data; it belongs in clinical/exercises.json,"
                        + " not in a language file",
                "es/exercises.json $.exercises[3].direction: is clinical data; it belongs in clinical/exercises.json,"
                        + " not in a language file");
    }

    @Test
    void aSpanishExerciseListOrRuleIsRefusedAsClinicalData() {
        content.edit("es/picker.json", n -> {
            at(n, "/results/2").set("exercises", n.arrayNode().add("double-knee-to-chest"));
            n.set("rules", n.arrayNode());
        });
        content.edit("es/symptoms.json", n -> at(n, "/patterns/1").set("exercises", n.arrayNode().add("pelvic-tilt")));
        assertProblems(
                "es/symptoms.json $.patterns[1].exercises: is clinical data; it belongs in clinical/symptoms.json, not in a language file",
                "es/picker.json $.rules: is clinical data; it belongs in clinical/picker.json, not in a language file",
                "es/picker.json $.results[2].exercises: is clinical data; it belongs in clinical/picker.json, not in a language file");
    }

    @Test
    void aLanguageFileLackingATextNamesTheId() {
        content.edit("es/exercises.json", n -> at(n, "/exercises/6").remove("name"));
        content.edit("es/see-a-doctor.json", n -> ((ArrayNode) n.get("redFlags")).remove(4));
        assertProblems(
                "es/exercises.json $.exercises[6]: lacks the text \"name\" for the exercise \"press-up\"",
                "es/see-a-doctor.json $.redFlags: lacks the texts \"sign\", \"why\" for the red flag \"flag-groin\"");
    }

    @Test
    void anIdOnlyALanguageFileHasIsRefused() {
        content.edit("es/exercises.json", n -> ((ArrayNode) n.get("exercises")).addObject().put("id", "knee-hug")
                .put("name", "Abrazo").put("purpose", "Estira.").put("howOften", "A diario")
                .<ObjectNode>set("steps", n.arrayNode().add("Uno.")).set("cautions", n.arrayNode().add("Cuidado.")));
        assertProblems("es/exercises.json $.exercises[9].id: has texts for the exercise \"knee-hug\", which"
                + " clinical/exercises.json does not have; every exercise is listed there first");
    }

    @Test
    void textInTheClinicalFileIsRefused() {
        content.edit("clinical/exercises.json", n -> at(n, "/exercises/0").put("name", "Knees to chest"));
        assertProblems("clinical/exercises.json $.exercises[0].name: is text; it belongs in each language's file"
                + " (en/exercises.json, es/exercises.json), not in the clinical file");
    }

    @Test
    void itemsWithoutIdsMustMatchInNumber() {
        content.edit("clinical/picker.json", n -> ((ArrayNode) at(n, "/results/0").putArray("notes")).addObject()
                .put("urgent", true).putObject("when").putArray("all").add("em-groin"));
        content.edit("en/picker.json", n -> ((ArrayNode) at(n, "/results/0").putArray("notes")).addObject().put("text", "Now."));
        content.edit("es/picker.json", n -> at(n, "/results/0").putArray("notes"));
        assertProblems("es/picker.json $.results[0].notes: has 0 of these, clinical/picker.json has 1; each result"
                + " note needs its texts, in the same order");
    }

    @Test
    void aTranslationMayListItsItemsInAnyOrderAndTheClinicalOrderIsKept() {
        content.edit("es/exercises.json", n -> {
            List<JsonNode> items = new ArrayList<>();
            n.get("exercises").forEach(items::add);
            ArrayNode reversed = n.arrayNode();
            for (int i = items.size() - 1; i >= 0; i--) {
                reversed.add(items.get(i));
            }
            n.set("exercises", reversed);
        });
        LoadResult result = content.load();
        assertTrue(result.ok(), result.problems()::toString);
        Exercise first = result.content().get("es").exercises().exercises().get(0);
        assertEquals("double-knee-to-chest", first.id());
        assertEquals(20, first.holdSeconds());
        assertTrue(first.name().startsWith("Estiramiento de las dos rodillas"), first.name());
    }

    @Test
    void problemsFoundAfterMergingNameTheFileTheirPlaceIsIn() {
        content.edit("es/exercises.json", n -> {
            ArrayNode exercises = (ArrayNode) n.get("exercises");
            exercises.add(exercises.remove(0)); // the first exercise's texts now come last
        });
        ContentCheck check = (c, problems) -> {
            String file = c.language().id() + "/exercises.json";
            problems.add(new Problem(file, "$.exercises[0].name", "a text"));
            problems.add(new Problem(file, "$.exercises[0].holdSeconds", "a number"));
            problems.add(new Problem(file, "$.exercises[0].poses[1]", "a pose"));
            problems.add(new Problem(file, "$.exercises[0]", "an item"));
        };
        List<String> problems = new ContentLoader(check).load(new ContentFolder(dir, new BundledContent())).problems()
                .stream().map(Problem::toString).toList();
        assertEquals(List.of("en/exercises.json $.exercises[0].name: a text",
                "clinical/exercises.json $.exercises[0].holdSeconds: a number",
                "clinical/exercises.json $.exercises[0].poses[1]: a pose",
                "clinical/exercises.json $.exercises[0]: an item",
                "es/exercises.json $.exercises[8].name: a text"), problems);
    }

    @Test
    void aLanguageCannotBeCalledClinical() {
        content.edit("languages.json", n -> at(n, "/languages/1").put("id", "clinical"));
        LoadResult result = content.load();
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(p -> p.equals("languages.json"
                + " $.languages[1].id: \"clinical\" is the folder of the clinical files, not a language; choose another id")),
                result.problems()::toString);
    }

    /** Whole-format files (everything in each language file, as before the split) turned back into the bundled files. */
    @Test
    void theConverterSplitsWholeFilesIntoTheBundledOnes() throws IOException {
        Path whole = wholeFormatCopy();
        assertEquals(List.of(), SplitContentFiles.split(whole, false));
        for (String folder : List.of("clinical", "en", "es")) {
            for (Topic topic : Topic.values()) {
                String file = folder + "/" + topic.fileName();
                assertEquals(Files.readString(dir.resolve(file)), Files.readString(whole.resolve(file)), file);
            }
        }
        assertEquals(List.of(), SplitContentFiles.split(whole, false), "running it again changes nothing");
        assertEquals(Files.readString(dir.resolve("es/picker.json")), Files.readString(whole.resolve("es/picker.json")));
    }

    @Test
    void theConverterRefusesASpanishFileWhoseClinicalValuesDiffer() throws IOException {
        Path whole = wholeFormatCopy();
        edit(whole.resolve("es/exercises.json"), n -> at(n, "/exercises/2").put("holdSeconds", 99));
        edit(whole.resolve("es/picker.json"), n -> ((ArrayNode) at(n, "/results/5").get("exercises")).remove(0));
        String before = Files.readString(whole.resolve("es/exercises.json"));
        List<String> differences = SplitContentFiles.split(whole, false);
        assertEquals(2, differences.size(), differences::toString);
        assertEquals("es/exercises.json $.exercises[2].holdSeconds: 99, in en 5", differences.get(0));
        assertTrue(differences.get(1).startsWith("es/picker.json $.results[5].exercises: [\"prone-on-elbows\","),
                differences.get(1));
        assertEquals(before, Files.readString(whole.resolve("es/exercises.json")), "nothing is written");
        assertFalse(Files.exists(whole.resolve("clinical")));
    }

    /** What git may leave after merging whole-format edits into split files: a text-only file with a few clinical values. */
    @Test
    void theConverterKeepsTheClinicalFileWhenAFileIsHalfSplit() throws IOException {
        content.edit("en/exercises.json", n -> at(n, "/exercises/2").put("holdSeconds", 45));
        assertEquals(List.of(), SplitContentFiles.split(dir, false));
        JsonNode clinical = MAPPER.readTree(dir.resolve("clinical/exercises.json").toFile());
        assertEquals(45, clinical.at("/exercises/2/holdSeconds").intValue());
        assertEquals("start", clinical.at("/exercises/0/poses/0/name").asText(), "the other exercises keep their poses");
        assertEquals(List.of(), SplitContentFiles.problems(dir));
        assertFalse(Files.readString(dir.resolve("en/exercises.json")).contains("holdSeconds"));
    }

    /** After a merge, the lead takes the other branch's whole-format files over the split ones and runs the converter. */
    @Test
    void theConverterTakesANewItemFromWholeFilesOverAnExistingClinicalFile() throws IOException {
        Path whole = wholeFormatCopy();
        Files.createDirectories(whole.resolve("clinical"));
        for (Topic topic : Topic.values()) {
            Files.copy(dir.resolve("clinical/" + topic.fileName()), whole.resolve("clinical/" + topic.fileName()));
        }
        for (String lang : List.of("en", "es")) {
            edit(whole.resolve(lang + "/see-a-doctor.json"), n -> ((ArrayNode) n.get("redFlags")).insertObject(2)
                    .put("id", "flag-test-new").put("sign", "Fever (" + lang + ")").put("why", "Infection.").put("urgency", "today"));
        }
        assertEquals(List.of(), SplitContentFiles.split(whole, false));
        assertEquals(List.of(), SplitContentFiles.problems(whole));
        JsonNode clinical = MAPPER.readTree(whole.resolve("clinical/see-a-doctor.json").toFile());
        assertEquals("{\"id\":\"flag-test-new\",\"urgency\":\"today\"}", clinical.at("/redFlags/2").toString());
        assertEquals(12, clinical.get("redFlags").size(), "the eleven red flags and the new one");
    }

    private Path wholeFormatCopy() throws IOException {
        Path whole = Files.createDirectories(dir.resolve("whole"));
        Files.copy(dir.resolve("languages.json"), whole.resolve("languages.json"));
        for (String lang : List.of("en", "es")) {
            Files.createDirectories(whole.resolve(lang));
            for (Topic topic : Topic.values()) {
                JsonNode merged = ContentMerge.merge(MAPPER.readTree(dir.resolve("clinical/" + topic.fileName()).toFile()),
                        MAPPER.readTree(dir.resolve(lang + "/" + topic.fileName()).toFile()), topic.type(),
                        "clinical", lang, new ArrayList<>());
                Files.writeString(whole.resolve(lang + "/" + topic.fileName()), merged.toPrettyString());
            }
        }
        return whole;
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) MAPPER.readTree(file.toFile());
        change.accept(node);
        Files.writeString(file, node.toPrettyString());
    }

    private void assertProblems(String... expected) {
        LoadResult result = content.load();
        assertEquals(List.of(expected), result.problems().stream().map(Problem::toString).toList());
    }
}
