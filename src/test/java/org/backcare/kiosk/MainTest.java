package org.backcare.kiosk;

import org.backcare.kiosk.content.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
                .edit("en/exercises.json", n -> at(n, "/exercises/3").put("holdSeconds", "thirty"))
                .edit("en/muscles.json", n -> at(n, "/muscles/0").put("layer", "middle"));
        assertEquals(1, run("--validate-content=" + dir));
        assertTrue(err().contains("en/exercises.json $.exercises[3].holdSeconds: must be a whole number of seconds, got \"thirty\""), err());
        assertTrue(err().contains("en/muscles.json $.muscles[0].layer: must be one of \"deep\", \"superficial\", got \"middle\""), err());
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
    void startingTheKioskIsLeftToJavaFx() throws Exception {
        assertEquals(-1, run("--size=1366x768"));
        Options options = Options.parse(List.of("--size=1366x768", "--content=/srv/clinic"));
        assertEquals(1366, options.width());
        assertEquals(768, options.height());
        assertEquals(Path.of("/srv/clinic"), options.contentFolder());
    }
}
