package org.backcare.kiosk;

import org.backcare.kiosk.content.HostileCorpus;
import org.backcare.kiosk.content.Library;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every broken folder of the hostile corpus: {@code --validate-content} exits 1 with a message
 * naming the file and the place, nothing throws, and a kiosk pointed at the folder with
 * {@code --content} runs on the bundled content instead (the screens themselves are opened in
 * {@code screen.HostileContentKioskTest}).
 */
class HostileContentTest {

    @TempDir
    Path dir;

    static List<HostileCorpus.Case> cases() {
        return HostileCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theValidatorNamesTheFileAndThePlaceAndExitsOne(HostileCorpus.Case broken) {
        Path folder = broken.build(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("--validate-content=" + folder), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, messages);
        assertTrue(messages.contains(broken.expectedMessage()), () -> "expected \"" + broken.expectedMessage()
                + "\" in:\n" + messages);
        assertFalse(messages.contains("Exception") || messages.contains("\tat "), "no stack trace: " + messages);
        assertTrue(messages.length() < 20_000, "the report stays readable, not a dump of the file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theKioskFallsBackToTheBundledContent(HostileCorpus.Case broken) {
        Library library = Library.open(broken.build(dir), Main.contentLoader());
        assertEquals("bundled content", library.source());
        assertFalse(library.rejected().isEmpty());
        assertTrue(library.rejected().stream().anyMatch(p -> p.toString().contains(broken.expectedMessage())),
                library.rejected()::toString);
    }
}
