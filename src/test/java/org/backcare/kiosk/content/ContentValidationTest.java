package org.backcare.kiosk.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.backcare.kiosk.content.ContentFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of content error is reported with its file and JSON location, all at once. */
class ContentValidationTest {

    @TempDir
    Path dir;
    ContentFixture content;

    @BeforeEach
    void copy() {
        content = ContentFixture.copyOfBundled(dir);
    }

    @Test
    void anUntouchedCopyIsClean() {
        LoadResult result = content.load();
        assertTrue(result.ok(), () -> result.problems().toString());
        assertEquals(dir.toAbsolutePath().normalize().toString(), result.source());
    }

    @Test
    void wrongTypeNamesFilePathAndTheValue() {
        content.edit("clinical/exercises.json", n -> at(n, "/exercises/3").put("holdSeconds", "thirty"));
        assertOnly("clinical/exercises.json $.exercises[3].holdSeconds: must be a whole number of seconds, got \"thirty\"");
    }

    @Test
    void titlesNamesAndTilesHaveLengthsThatFitTheScreen() {
        content.edit("es/sources.json", n -> at(n, "/topic").put("title", "T".repeat(MaxLength.TITLE + 1)));
        content.edit("en/muscles.json", n -> at(n, "/muscles/1").put("name", "N".repeat(MaxLength.NAME + 1)));
        content.edit("en/key-points.json", n -> at(n, "/topic").put("tile", "K".repeat(MaxLength.TILE + 1)));
        content.edit("en/exercises.json", n -> at(n, "/exercises/0").put("name", "E".repeat(MaxLength.NAME)));
        LoadResult result = content.load();
        assertEquals(List.of(
                "en/key-points.json $.topic.tile: is 41 characters long; a tile label may have at most 40, so that it fits on the screen at the largest text size",
                "en/muscles.json $.muscles[1].name: is 61 characters long; a name may have at most 60, so that it fits on the screen at the largest text size",
                "es/sources.json $.topic.title: is 61 characters long; a title may have at most 60, so that it fits on the screen at the largest text size"),
                result.problems().stream().map(Problem::toString).sorted().toList(), "a text at the limit passes");
    }

    @Test
    void unknownField() {
        content.edit("en/muscles.json", n -> at(n, "/muscles/0").put("colour", "red"));
        assertOnlyStartsWith("en/muscles.json $.muscles[0].colour: unknown field \"colour\"");
    }

    @Test
    void missingRequiredField() {
        content.edit("en/see-a-doctor.json", n -> at(n, "/redFlags/1").remove("why"));
        assertOnly("en/see-a-doctor.json $.redFlags[1]: lacks the text \"why\" for the red flag \"flag-leg-numbness\"");
    }

    @Test
    void emptyText() {
        content.edit("en/causes.json", n -> at(n, "/causes/2").put("summary", "   "));
        assertOnly("en/causes.json $.causes[2].summary: must not be empty");
    }

    @Test
    void nullWhereAValueBelongs() {
        content.edit("en/key-points.json", n -> n.putNull("closing"));
        assertOnly("en/key-points.json $.closing: is null; expected text");
    }

    @Test
    void wrongChoiceAndOutOfRange() {
        content.edit("clinical/exercises.json", n -> {
            at(n, "/exercises/0").put("direction", "sideways");
            at(n, "/exercises/1").put("repetitions", 500);
        });
        assertProblems(
                "clinical/exercises.json $.exercises[0].direction: must be one of \"flexion\", \"extension\", \"general\", got \"sideways\"",
                "clinical/exercises.json $.exercises[1].repetitions: must be between 1 and 50 repetitions, got 500");
    }

    @Test
    void duplicateIdsAcrossFiles() {
        content.edit("clinical/causes.json", n -> at(n, "/causes/0").put("id", "press-up"));
        LoadResult result = content.load();
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().equals(
                "clinical/exercises.json $.exercises[6].id: the id \"press-up\" is used twice; it is also the id at"
                        + " clinical/causes.json $.causes[0].id")), result.problems()::toString);
    }

    @Test
    void referenceToAnIdThatDoesNotExist() {
        content.edit("clinical/symptoms.json", n -> ((com.fasterxml.jackson.databind.node.ArrayNode) n.at("/patterns/1/exercises")).add("knee-hug"));
        assertOnlyStartsWith("clinical/symptoms.json $.patterns[1].exercises[5]: no exercise has the id \"knee-hug\"");
    }

    @Test
    void referenceToATopicThatDoesNotExist() {
        content.edit("clinical/key-points.json", n -> at(n, "/points/0").put("topic", "nutrition"));
        assertOnlyStartsWith("clinical/key-points.json $.points[0].topic: no topic has the id \"nutrition\"");
    }

    @Test
    void mediaPathsMustExistAndStayInsideTheMediaFolder() {
        List.of(
                List.of("../secrets.json", "must stay inside the media folder; \"..\" is not allowed: \"../secrets.json\""),
                List.of("/etc/passwd", "must be a path inside the media folder, not an absolute path: \"/etc/passwd\""),
                List.of("anatomy/none.json", "no file \"anatomy/none.json\" in the media folder"),
                List.of("C:\\anatomy\\back.json", "must be a path inside the media folder, not an absolute path: \"C:\\anatomy\\back.json\""),
                List.of("anatomy\\back.json", "must use / between folders, not \\: \"anatomy\\back.json\"")
        ).forEach(c -> {
            content.edit("clinical/muscles.json", n -> n.put("diagram", c.get(0)));
            assertOnly("clinical/muscles.json $.diagram: " + c.get(1));
        });
    }

    @Test
    void mediaFoundInTheClinicFolderOrTheBundledMedia() throws IOException {
        content.write("media/own/back.json", new String(getClass().getResourceAsStream("/media/anatomy/back.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        content.edit("clinical/muscles.json", n -> n.put("diagram", "own/back.json"));
        LoadResult result = content.load();
        assertTrue(result.ok(), result.problems()::toString);
        assertEquals("own/back.json", result.content().get("en").muscles().diagram());
        assertEquals(400, result.content().get("en").drawing("own/back.json").width());
        assertEquals("bodymap/body.json", result.content().get("en").causes().bodyMap(), "the body map still comes from the bundled media");
    }

    @Test
    void aSymbolicLinkLeavingTheMediaFolderIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.json"), "{}");
        Files.createDirectories(dir.resolve("media"));
        Files.createSymbolicLink(dir.resolve("media/escape.json"), outside);
        content.edit("clinical/muscles.json", n -> n.put("diagram", "escape.json"));
        assertOnly("clinical/muscles.json $.diagram: \"escape.json\" is a link that leads outside the media folder");
    }

    @Test
    void severalErrorsInSeveralFilesAreReportedTogether() {
        content.edit("clinical/exercises.json", n -> at(n, "/exercises/3").put("holdSeconds", "thirty"));
        content.edit("en/muscles.json", n -> at(n, "/muscles/1").remove("role"));
        content.edit("clinical/sources.json", n -> at(n, "/review").put("on", ""));
        LoadResult result = content.load();
        assertFalse(result.ok());
        List<String> files = result.problems().stream().map(Problem::file).distinct().sorted().toList();
        assertEquals(List.of("clinical/exercises.json", "clinical/sources.json", "en/muscles.json"), files);
        assertEquals(3, result.problems().size(), result.problems()::toString);
        assertTrue(result.content().isEmpty(), "no content is built from a broken folder");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        content.write("en/causes.json", "{\n  \"topic\": {\n    \"title\": \"x\",,\n  }\n}");
        Problem problem = onlyProblem();
        assertEquals("en/causes.json", problem.file());
        assertEquals("line 3, column 18", problem.location());
        assertTrue(problem.message().startsWith("is not valid JSON"), problem.message());
    }

    @Test
    void aSecondValueAfterTheFirstIsNamed() {
        content.write("en/causes.json", "{}\n{}");
        assertOnly("en/causes.json line 2, column 2: is not valid JSON: more follows the end of the first value;"
                + " a file holds one value");
    }

    @Test
    void aKeyTwiceInOneObjectIsNamed() {
        content.write("en/causes.json", "{\"topic\": {},\n \"topic\": {}}");
        Problem problem = onlyProblem();
        assertEquals("en/causes.json", problem.file());
        assertTrue(problem.location().startsWith("line 2, column "), problem.location());
        assertTrue(problem.message().contains("Duplicate field 'topic'"), problem.message());
    }

    @Test
    void missingEmptyAndUnknownFiles() throws IOException {
        Files.delete(dir.resolve("en/sources.json"));
        content.write("en/key-points.json", "");
        content.write("en/notes.json", "{}");
        content.write("clinical/notes.json", "{}");
        Files.delete(dir.resolve("clinical/causes.json"));
        LoadResult result = content.load();
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("clinical/causes.json: is missing"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("clinical/notes.json: is not a file the kiosk knows; the"
                + " clinical folder holds only: causes.json, ")), problems::toString);
        assertTrue(problems.contains("en/sources.json: is missing"), problems::toString);
        assertTrue(problems.contains("en/key-points.json: is empty"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("en/notes.json: is not a file the kiosk knows")), problems::toString);
    }

    @Test
    void aFileTooLargeIsRefusedBeforeParsing() {
        content.write("en/muscles.json", "[" + "0,".repeat(600_000) + "0]");
        assertOnlyStartsWith("en/muscles.json: the file is 1200003 bytes; a content file may be at most");
    }

    @Test
    void aListedLanguageWithoutItsFolder() {
        content.edit("languages.json", n -> ((com.fasterxml.jackson.databind.node.ArrayNode) n.get("languages"))
                .addObject().put("id", "fr").put("name", "Français"));
        LoadResult result = content.load();
        assertTrue(result.problems().stream().map(Problem::toString).anyMatch(p -> p.equals("fr/muscles.json: is missing")),
                result.problems()::toString);
    }

    @Test
    void everyLanguageHoldsTheSameItemsAsTheDefaultOne() {
        content.edit("es/key-points.json", n -> at(n, "/points/2").put("id", "key-hielo"));
        assertProblems("es/key-points.json $.points: lacks the text \"text\" for the key point \"key-ice\"",
                "es/key-points.json $.points[2].id: has texts for the key point \"key-hielo\", which"
                        + " clinical/key-points.json does not have; every key point is listed there first");
    }

    @Test
    void theDefaultLanguageMustBeOneOfTheLanguages() {
        content.edit("languages.json", n -> n.put("defaultLanguage", "fr"));
        assertOnly("languages.json $.defaultLanguage: no language has the id \"fr\"; the ids are: en, es");
    }

    @Test
    void aBrokenClinicFolderFallsBackToTheBundledContent() {
        content.edit("clinical/exercises.json", n -> at(n, "/exercises/3").put("holdSeconds", "thirty"));
        Library library = Library.open(dir, org.backcare.kiosk.Main.contentLoader());
        assertEquals("bundled content", library.source());
        assertEquals(1, library.rejected().size());
        assertEquals(10, library.inDefaultLanguage().exercises().exercise("seated-forward-bend").orElseThrow().holdSeconds());
    }

    @Test
    void aClinicFolderThatDoesNotExistFallsBackToo() {
        Library library = Library.open(dir.resolve("no-such-folder"), new ContentLoader());
        assertEquals("bundled content", library.source());
        assertEquals(List.of("languages.json: is missing"), library.rejected().stream().map(Problem::toString).toList());
    }

    @Test
    void aCleanClinicFolderIsUsed() {
        content.edit("en/muscles.json", n -> at(n, "/topic").put("title", "Muscles of the back"));
        Library library = Library.open(dir, org.backcare.kiosk.Main.contentLoader());
        assertTrue(library.rejected().isEmpty());
        assertEquals("Muscles of the back", library.inDefaultLanguage().muscles().topic().title());
    }

    private Problem onlyProblem() {
        LoadResult result = content.load();
        assertEquals(1, result.problems().size(), result.problems()::toString);
        return result.problems().get(0);
    }

    private void assertOnly(String expected) {
        assertProblems(expected);
    }

    private void assertProblems(String... expected) {
        LoadResult result = content.load();
        assertEquals(List.of(expected), result.problems().stream().map(Problem::toString).toList());
    }

    private void assertOnlyStartsWith(String prefix) {
        LoadResult result = content.load();
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).toString().startsWith(prefix), result.problems().get(0)::toString);
    }
}
