package org.backcare.kiosk;

import org.backcare.kiosk.content.ContentFixture;
import org.backcare.kiosk.files.LocalFile;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.settings.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings and content files that are not regular files are refused with the reason, never read
 * or waited on; text from them is escaped before it reaches a terminal or the log.
 */
class SpecialFilesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void fifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Files.deleteIfExists(path);
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo");
    }

    @Test
    void contentFilesThatAreNotRegularFilesAreRefusedWithTheReason() throws Exception {
        ContentFixture content = ContentFixture.copyOfBundled(dir.resolve("clinic"));
        Path root = content.root();
        fifo(root.resolve("en/muscles.json"));
        Files.delete(root.resolve("en/causes.json"));
        Files.createSymbolicLink(root.resolve("en/causes.json"), root.resolve("en/causes.json"));
        Path outside = Files.writeString(dir.resolve("secret.json"), "{\"secret\": true}");
        Files.delete(root.resolve("en/symptoms.json"));
        Files.createSymbolicLink(root.resolve("en/symptoms.json"), outside);
        Files.delete(root.resolve("es/causes.json"));
        Files.createSymbolicLink(root.resolve("es/causes.json"), Path.of("/dev/zero"));
        Files.delete(root.resolve("es/symptoms.json"));
        Files.createDirectories(root.resolve("es/symptoms.json"));

        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("--validate-content=" + root),
                "a named pipe is never waited on, a device never read");
        assertEquals(1, code);
        String err = err();
        assertTrue(err.contains("en/muscles.json: is a named pipe (FIFO), not a regular file; it is not read"), err);
        assertTrue(err.contains("en/causes.json: is a link that leads round in a loop"), err);
        assertTrue(err.contains("en/symptoms.json: is a link that leads outside the folder"), err);
        assertFalse(err.contains("secret"), "nothing is read from outside: " + err);
        assertTrue(err.contains("es/causes.json: is a link that leads outside the folder"), err);
        assertTrue(err.contains("es/symptoms.json: is a folder, not a file"), err);
    }

    @Test
    void aDeviceInTheFolderItselfIsRefused() {
        assertEquals("is a device, not a regular file; it is not read", LocalFile.refusal(Path.of("/dev/null"), null));
    }

    @Test
    void mediaThatIsNotARegularFileIsRefused() throws Exception {
        ContentFixture content = ContentFixture.copyOfBundled(dir.resolve("clinic"));
        fifo(content.root().resolve("media/anatomy/back.json"));
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("--validate-content=" + content.root()));
        assertEquals(1, code);
        assertTrue(err().contains("\"anatomy/back.json\" in the media folder is not a regular file"), err());
    }

    @Test
    void aSettingsFileThatIsAPipeIsNotWaitedOn() throws Exception {
        Path settings = dir.resolve("settings.json");
        fifo(settings);
        SettingsFile.Loaded loaded = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SettingsFile.read(settings));
        assertEquals(List.of(settings + ": is a named pipe (FIFO), not a regular file; it is not read; using the defaults"),
                loaded.problems());
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        assertEquals(List.of(loop + ": is a link that leads round in a loop; using the defaults"),
                SettingsFile.read(loop).problems());
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Main.run(List.of("--set-pin", "--settings=" + settings),
                new java.io.BufferedReader(new java.io.StringReader("482910\n482910\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(1, code);
        assertTrue(err().contains("is a named pipe"), err());
    }

    @Test
    void cannotBeReadSaysWhy() {
        assertEquals("permission denied", LocalFile.reason(new AccessDeniedException("/srv/content/en/muscles.json")));
        assertEquals("is a directory", LocalFile.reason(new FileSystemException("/x", null, "Is a directory")));
    }

    @Test
    void controlCharactersFromContentAreEscapedInTheTerminalAndTheLog() throws Exception {
        ContentFixture content = ContentFixture.copyOfBundled(dir.resolve("clinic"));
        content.write("en/evil\u001b[2J.json", "{}");
        content.edit("clinical/muscles.json", m -> ContentFixture.at(m, "/muscles/0").put("layer", "middle\u001b]0;owned\u0007\u202e"));
        assertEquals(1, run("--validate-content=" + content.root()));
        String err = err();
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x202e), "no control characters: " + err);
        assertTrue(err.contains("en/evil\\u001b[2J.json"), err);
        assertTrue(err.contains("middle\\u001b]0;owned\\u0007\\u202e"), err);
        assertEquals("a.json $.x: got \"\\u000a\\u001b\"", new Problem("a.json", "$.x", "got \"\n\u001b\"").toString());
        Path settings = Files.writeString(dir.resolve("settings.json"), "{\"col\\u001b[31mour\": 1}");
        assertTrue(SettingsFile.read(settings).problems().get(0).contains("col\\u001b[31mour"));
    }
}
