package org.backcare.kiosk.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsFileTest {

    @TempDir
    Path dir;

    private SettingsFile.Loaded read(String json) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, json);
        return SettingsFile.read(file);
    }

    @Test
    void noFileMeansTheDefaults() {
        SettingsFile.Loaded loaded = SettingsFile.read(dir.resolve("none.json"));
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void everySettingIsRead() throws IOException {
        String pin = AdminPin.hash("2468", AdminPin.MIN_ITERATIONS);
        Settings s = read("{\"mode\":\"kiosk\",\"idleSeconds\":120,\"countdownSeconds\":30,\"language\":\"en\","
                + "\"contentFolder\":\"/srv/clinic\",\"screen\":1,\"pinHash\":\"" + pin + "\",\"textSize\":150,"
                + "\"highContrast\":true}").settings();
        assertEquals(new Settings(Mode.KIOSK, 120, 30, "en", Path.of("/srv/clinic"), 1, pin, TextSize.LARGEST, true), s);
    }

    @Test
    void aBadValueIsNamedWithFileAndKeyAndOnlyThatKeyFallsBack() throws IOException {
        SettingsFile.Loaded loaded = read("{\"mode\":\"party\",\"idleSeconds\":5,\"countdownSeconds\":\"ten\","
                + "\"screen\":2,\"pinHash\":\"1234\",\"colour\":\"red\",\"textSize\":200,\"highContrast\":\"yes\"}");
        String file = dir.resolve("settings.json").toString();
        assertEquals(new Settings(Mode.CLASSROOM, 90, 20, null, null, 2, null, TextSize.NORMAL, false), loaded.settings());
        List<String> problems = loaded.problems();
        assertTrue(problems.contains(file + " mode: must be \"kiosk\", \"therapist\" or \"classroom\", got \"party\"; using \"classroom\""), problems::toString);
        assertTrue(problems.contains(file + " idleSeconds: must be a whole number from 15 to 3600, got 5; using 90"), problems::toString);
        assertTrue(problems.contains(file + " countdownSeconds: must be a whole number from 5 to 120, got \"ten\"; using 20"), problems::toString);
        assertTrue(problems.contains(file + " pinHash: is not a PIN hash made by --set-pin (pbkdf2-sha256 with 100000 to 2000000 iterations); no admin PIN is set"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + " colour: unknown setting")), problems::toString);
        assertTrue(problems.contains(file + " textSize: must be 100, 125 or 150 (percent), got 200; using 100"), problems::toString);
        assertTrue(problems.contains(file + " highContrast: must be true or false, got \"yes\"; using false"), problems::toString);
    }

    @Test
    void aCorruptOrTruncatedFileFallsBackToTheDefaults() throws IOException {
        for (String broken : List.of("{\"mode\": \"kio", "", "[1,2]", "\u0000\u0001garbage")) {
            SettingsFile.Loaded loaded = read(broken);
            assertEquals(Settings.DEFAULTS, loaded.settings(), broken);
            assertEquals(1, loaded.problems().size(), broken);
            assertTrue(loaded.problems().get(0).contains("using the defaults"), loaded.problems()::toString);
        }
    }

    @Test
    void aKeyGivenTwiceKeepsItsLastValueAndTheOtherSettings() throws IOException {
        Settings s = read("{\"mode\":\"therapist\",\"idleSeconds\":120,\"idleSeconds\":300}").settings();
        assertEquals(Mode.THERAPIST, s.mode(), "a repeated key must not cost the file its other settings");
        assertEquals(300, s.idleSeconds());
    }

    @Test
    void writingIsAtomicAndReadsBackTheSame() throws IOException {
        Path file = dir.resolve("conf/settings.json");
        Settings settings = new Settings(Mode.THERAPIST, 60, 10, "en", Path.of("/data/content"), 0, AdminPin.hash("1357", AdminPin.MIN_ITERATIONS),
                TextSize.LARGE, true);
        SettingsFile.write(file, settings);
        assertEquals(settings, SettingsFile.read(file).settings());
        assertEquals(List.of(), SettingsFile.read(file).problems());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        SettingsFile.write(file, settings.withMode(Mode.KIOSK));
        assertEquals(Mode.KIOSK, SettingsFile.read(file).settings().mode());
        assertNull(SettingsFile.read(dir.resolve("none.json")).settings().pinHash());
    }
}
