package org.backcare.kiosk;

import org.backcare.kiosk.app.Options;

import org.backcare.kiosk.content.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.backcare.kiosk.content.ContentFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: exit codes and messages of the options that open no window. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatingTheBundledContentExitsZero() {
        assertEquals(0, run("--validate-content"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no problems"));
    }

    @Test
    void validatingACleanFolderExitsZero(@TempDir Path dir) {
        ContentFixture.copyOfBundled(dir);
        assertEquals(0, run("--validate-content=" + dir));
    }

    @Test
    void validatingABrokenFolderPrintsEveryProblemAndExitsOne(@TempDir Path dir) {
        ContentFixture.copyOfBundled(dir)
                .edit("clinical/exercises.json", n -> at(n, "/exercises/3").put("holdSeconds", "thirty"))
                .edit("clinical/muscles.json", n -> at(n, "/muscles/0").put("layer", "outer"));
        assertEquals(1, run("--validate-content=" + dir));
        assertTrue(err().contains("clinical/exercises.json $.exercises[3].holdSeconds: must be a whole number of seconds, got \"thirty\""), err());
        assertTrue(err().contains("clinical/muscles.json $.muscles[0].layer: must be one of \"surface\", \"middle\", \"deep\", \"bone\", got \"outer\""), err());
        assertTrue(err().contains("2 problem(s)"), err());
    }

    @Test
    void validatingAFolderThatDoesNotExistExitsOne(@TempDir Path dir) {
        assertEquals(1, run("--validate-content=" + dir.resolve("nope")));
        assertTrue(err().contains("no such folder"));
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--validate-content", "--content", "--export-screens", "--size", "--help")) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertEquals(2, run("--colour=blue"));
        assertTrue(err().contains("Unknown option \"--colour=blue\""), err());
        assertTrue(err().contains("--help"));
    }

    @Test
    void badValuesAreNamed() {
        assertEquals(2, run("--size=big"));
        assertTrue(err().contains("--size must look like 1920x1080"), err());
        assertEquals(2, run("--content"));
        assertTrue(err().contains("--content needs a value"), err());
    }

    @Test
    void setPinStoresOnlyASaltedHashInTheSettingsFile(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.json");
        java.nio.file.Files.writeString(settings, "{\"mode\": \"kiosk\", \"idleSeconds\": 60}");
        int code = Main.run(List.of("--set-pin", "--settings=" + settings),
                new java.io.BufferedReader(new java.io.StringReader("482910\n482910\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err());
        String written = java.nio.file.Files.readString(settings);
        assertTrue(written.contains("pbkdf2-sha256$"), written);
        assertTrue(!written.contains("482910"), "the PIN itself is never written");
        var loaded = org.backcare.kiosk.settings.SettingsFile.read(settings).settings();
        assertEquals(60, loaded.idleSeconds(), "other settings are kept");
        assertTrue(org.backcare.kiosk.settings.AdminPin.matches("482910", loaded.pinHash()));
    }

    @Test
    void setPinKeepsEveryKeyItDoesNotOwn(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.json");
        String before = "{\"mode\": \"kiosk\", \"idleSeconds\": 5, \"contentFolder\": \"/srv/clinic\","
                + " \"futureKey\": {\"nested\": [1, 2]}, \"pinHash\": \"old\"}";
        java.nio.file.Files.writeString(settings, before);
        int code = Main.run(List.of("--set-pin", "--settings=" + settings),
                new java.io.BufferedReader(new java.io.StringReader("482910\n482910\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err());
        var written = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(settings.toFile());
        var expected = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(before);
        assertTrue(org.backcare.kiosk.settings.AdminPin.matches("482910", written.remove("pinHash").asText()));
        expected.remove("pinHash");
        assertEquals(expected, written, "every other key, even one the kiosk does not know or would not use, is kept as it was");
    }

    @Test
    void setPinRefusesACorruptSettingsFileAndLeavesItUntouched(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.json");
        for (String corrupt : List.of("{\"mode\": \"kiosk\", \"idleSeconds\": 60", "[1, 2]", "\u0000\u0001")) {
            java.nio.file.Files.writeString(settings, corrupt);
            int code = Main.run(List.of("--set-pin", "--settings=" + settings),
                    new java.io.BufferedReader(new java.io.StringReader("482910\n482910\n")),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, code, corrupt);
            assertEquals(corrupt, java.nio.file.Files.readString(settings), "the clinic's file is untouched");
        }
        assertTrue(err().contains(settings + ": is not valid JSON") && err().contains("Nothing was changed"), err());
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("New admin PIN"), "refused before asking for the PIN");
    }

    @Test
    void exportContentWritesTheBundledContentAsAFolderThatPassesTheCheck(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("clinic-content");
        assertEquals(0, run("--export-content=" + folder), err());
        for (String file : List.of("languages.json", "en/muscles.json", "es/picker.json", "media/anatomy/back.json",
                "media/bodymap/body.json")) {
            assertTrue(java.nio.file.Files.isRegularFile(folder.resolve(file)), file);
        }
        assertTrue(java.util.Arrays.equals(new org.backcare.kiosk.content.BundledContent().read("en/exercises.json"),
                java.nio.file.Files.readAllBytes(folder.resolve("en/exercises.json"))), "copied byte for byte");
        assertEquals(0, run("--validate-content=" + folder), err());

        java.nio.file.Files.writeString(folder.resolve("en/muscles.json"), "{\"edited\": true}");
        assertEquals(1, run("--export-content=" + folder), "a folder that is not empty is refused");
        assertTrue(err().contains("is not empty") && err().contains("Nothing was written"), err());
        assertEquals("{\"edited\": true}", java.nio.file.Files.readString(folder.resolve("en/muscles.json")),
                "nothing is overwritten");
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(1, run("--export-content=" + file));
        assertEquals(0, run("--export-content=" + java.nio.file.Files.createDirectory(dir.resolve("empty"))), err());
    }

    @Test
    void setPinRefusesMismatchedOrShortPins(@TempDir Path dir) {
        Path settings = dir.resolve("settings.json");
        for (String input : List.of("4829\n4830\n", "12\n12\n")) {
            int code = Main.run(List.of("--set-pin", "--settings=" + settings),
                    new java.io.BufferedReader(new java.io.StringReader(input)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, code);
            assertTrue(!java.nio.file.Files.exists(settings), "nothing is written");
        }
        assertTrue(err().contains("differ") && err().contains("4 to 12 digits"), err());
    }

    @Test
    void modeAndSettingsOptions() throws Exception {
        Options options = Options.parse(List.of("--mode=kiosk", "--settings=/etc/backcare.json"));
        assertEquals(org.backcare.kiosk.settings.Mode.KIOSK, options.mode());
        assertEquals(Path.of("/etc/backcare.json"), options.settingsFile());
        assertEquals(2, run("--mode=party"));
        assertTrue(err().contains("--mode must be kiosk, therapist or classroom"), err());
    }

    @Test
    void langOption() throws Exception {
        assertEquals("es", Options.parse(List.of("--lang=es")).language());
        assertEquals(null, Options.parse(List.of()).language());
        assertEquals(-1, run("--lang=es"));
        assertEquals(2, run("--lang=Español"));
        assertTrue(err().contains("--lang must be a language code like en or es, got \"Español\""), err());
        assertEquals(2, run("--lang="));
    }

    @Test
    void startingTheKioskIsLeftToJavaFx() throws Exception {
        assertEquals(-1, run("--size=1366x768"));
        Options options = Options.parse(List.of("--size=1366x768", "--content=/srv/clinic"));
        assertEquals(1366, options.width());
        assertEquals(768, options.height());
        assertEquals(Path.of("/srv/clinic"), options.contentFolder());
    }

    @Test
    void pickerPathsWritesEveryWayAsJsonLinesOrASpreadsheet(@TempDir Path out) throws IOException {
        Path json = out.resolve("paths.jsonl");
        assertEquals(0, run("--picker-paths=" + json));
        List<String> lines = Files.readAllLines(json);
        assertTrue(lines.size() > 700, "every way: " + lines.size());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            var way = mapper.readTree(line);
            assertEquals(List.of("answers", "result", "urgency", "exercises"), iterable(way.fieldNames()), line);
            assertTrue(List.of("emergency", "today", "soon", "routine", "none").contains(way.get("urgency").asText()), line);
        }
        assertTrue(lines.contains("{\"answers\":{\"emergency-signs\":[\"em-groin\"]},\"result\":\"result-emergency\","
                + "\"urgency\":\"emergency\",\"exercises\":[]}"), lines.get(0));
        Path csv = out.resolve("paths.csv");
        assertEquals(0, run("--picker-paths=" + csv));
        assertEquals(lines.size() + 1, Files.readAllLines(csv).size());
        assertEquals(2, run("--picker-paths"), "needs a file");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
