package org.backcare.kiosk.settings;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                + "\"highContrast\":true,\"emergencyNumber\":\"112\"}").settings();
        assertEquals(new Settings(Mode.KIOSK, 120, 30, "en", Path.of("/srv/clinic"), 1, pin, TextSize.LARGEST, true).withEmergencyNumber("112"), s);
    }

    @Test
    void aBadValueIsNamedWithFileAndKeyAndOnlyThatKeyFallsBack() throws IOException {
        SettingsFile.Loaded loaded = read("{\"mode\":\"party\",\"idleSeconds\":5,\"countdownSeconds\":\"ten\","
                + "\"screen\":2,\"pinHash\":\"1234\",\"colour\":\"red\",\"textSize\":200,\"highContrast\":\"yes\","
                + "\"emergencyNumber\":\"call 911\"}");
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
        assertTrue(problems.contains(file + " emergencyNumber: must be the digits of a telephone number, like \"911\","
                + " \"112\" or \"999\", got \"call 911\"; using \"911\""), problems::toString);
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
                TextSize.LARGE, true).withEmergencyNumber("112");
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

    @Test
    void theUnattendedSettingsAreRead() throws IOException {
        Settings s = read("{\"mode\":\"kiosk\",\"hidePointer\":false,\"watchdogSeconds\":45,\"screenOff\":\"22:00-07:00\"}")
                .settings();
        assertEquals(Boolean.FALSE, s.hidePointer());
        assertFalse(s.pointerHidden(), "hidePointer: false shows the pointer even in kiosk mode");
        assertEquals(45, s.watchdogSeconds());
        assertEquals(ScreenOffSchedule.parse("22:00-07:00").orElseThrow(), s.screenOff());
    }

    @Test
    void thePointerIsHiddenByDefaultInKioskModeOnly() throws IOException {
        assertTrue(read("{\"mode\":\"kiosk\"}").settings().pointerHidden());
        assertFalse(read("{\"mode\":\"classroom\"}").settings().pointerHidden());
        assertTrue(read("{\"mode\":\"classroom\",\"hidePointer\":true}").settings().pointerHidden());
        assertEquals(30, Settings.DEFAULTS.watchdogSeconds());
        assertNull(Settings.DEFAULTS.screenOff());
    }

    @Test
    void aBadUnattendedValueIsNamedAndOnlyThatKeyFallsBack() throws IOException {
        SettingsFile.Loaded loaded = read("{\"mode\":\"kiosk\",\"hidePointer\":\"yes\",\"watchdogSeconds\":1,"
                + "\"screenOff\":\"10pm-7am\",\"idleSeconds\":60}");
        String file = dir.resolve("settings.json").toString();
        Settings s = loaded.settings();
        assertEquals(Mode.KIOSK, s.mode());
        assertEquals(60, s.idleSeconds());
        assertNull(s.hidePointer());
        assertTrue(s.pointerHidden());
        assertEquals(30, s.watchdogSeconds());
        assertNull(s.screenOff());
        List<String> problems = loaded.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.contains(file + " hidePointer: must be true or false, got \"yes\"; using the default (hidden in kiosk mode)"), problems::toString);
        assertTrue(problems.contains(file + " watchdogSeconds: must be a whole number from 5 to 600, got 1; using 30"), problems::toString);
        assertTrue(problems.contains(file + " screenOff: must be a span of the day like \"22:00-07:00\" (24-hour clock, from-to, not empty), got \"10pm-7am\"; the screen stays on"), problems::toString);
        for (String bad : List.of("25:00-07:00", "22:00-22:00", "22:00", "22:60-07:00", "")) {
            SettingsFile.Loaded l = read("{\"screenOff\":\"" + bad + "\"}");
            assertNull(l.settings().screenOff(), bad);
            assertEquals(1, l.problems().size(), bad);
            assertTrue(l.problems().get(0).startsWith(file + " screenOff:"), l.problems()::toString);
        }
    }

    @Test
    void theUnattendedSettingsAreWrittenAndReadBack() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings settings = new Settings(Mode.KIOSK, 90, 20, null, null, 0, null, TextSize.NORMAL, false, true, 40,
                ScreenOffSchedule.parse("21:30-06:45").orElseThrow(), "999", new ClinicDetails("Riverside Physio", "+1 555-0100", null), false, 35,
                "/usr/local/bin/espeak-ng");
        SettingsFile.write(file, settings);
        assertEquals(settings, SettingsFile.read(file).settings());
    }

    @Test
    void theSoundSettingsAreReadAndABadOneIsNamedWithFileAndKey() throws IOException {
        Settings s = read("{\"sound\":false,\"soundVolume\":40,\"speechEngine\":\"off\"}").settings();
        assertEquals(Settings.DEFAULTS.withSound(false, 40, "off"), s);
        assertTrue(Settings.DEFAULTS.sound(), "sound is on unless a clinic turns it off");
        assertEquals(80, Settings.DEFAULTS.soundVolume());
        SettingsFile.Loaded bad = read("{\"sound\":\"loud\",\"soundVolume\":150,\"speechEngine\":3}");
        String file = dir.resolve("settings.json").toString();
        assertEquals(Settings.DEFAULTS, bad.settings());
        List<String> problems = bad.problems();
        assertTrue(problems.contains(file + " sound: must be true or false, got \"loud\"; using true"), problems::toString);
        assertTrue(problems.contains(file + " soundVolume: must be a whole number from 0 to 100, got 150; using 80"),
                problems::toString);
        assertTrue(problems.contains(file + " speechEngine: must be text in quotes, got 3; using the default"),
                problems::toString);
    }

    /** Root sets the PIN in a file the kiosk's group may read: after the rewrite the group still may. */
    @Test
    void rewritingKeepsTheFilesPermissionsAndGroup() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"mode\":\"kiosk\"}");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReadable);
        GroupPrincipal group = Files.readAttributes(file, PosixFileAttributes.class).group();
        SettingsFile.write(file, SettingsFile.read(file).settings().withPinHash(AdminPin.hash("2468", AdminPin.MIN_ITERATIONS)));
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertEquals(groupReadable, after.permissions());
        assertEquals(group, after.group());
        assertEquals(Mode.KIOSK, SettingsFile.read(file).settings().mode());
    }

    @Test
    void theClinicDetailsForTheHandoutsAreReadAndWrittenBack() throws IOException {
        Settings s = read("{\"clinicName\":\" Riverside Physio \",\"clinicPhone\":\"+1 (555) 010-0100\","
                + "\"handoutUrl\":\"https://riverside.example/back-plan\"}").settings();
        assertEquals(new ClinicDetails("Riverside Physio", "+1 (555) 010-0100", "https://riverside.example/back-plan"),
                s.clinic());
        Path file = dir.resolve("written.json");
        SettingsFile.write(file, s);
        assertEquals(s, SettingsFile.read(file).settings());
        assertEquals(ClinicDetails.NONE, Settings.DEFAULTS.clinic(), "no clinic details unless set");
    }

    @Test
    void aBadClinicDetailIsNamedWithFileAndKeyAndLeftOut() throws IOException {
        String file = dir.resolve("settings.json").toString();
        SettingsFile.Loaded loaded = read("{\"clinicName\":\"Riverside\\nPhysio\",\"clinicPhone\":\"call us\","
                + "\"handoutUrl\":\"javascript:alert(1)\",\"mode\":\"kiosk\"}");
        assertEquals(ClinicDetails.NONE, loaded.settings().clinic());
        assertEquals(Mode.KIOSK, loaded.settings().mode(), "only the bad keys fall back");
        List<String> problems = loaded.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(file + " clinicName: must be one line"), problems::toString);
        assertTrue(problems.get(1).startsWith(file + " clinicPhone: must be a telephone number"), problems::toString);
        assertTrue(problems.get(2).startsWith(file + " handoutUrl: must be a web address starting with https://"),
                problems::toString);
        for (String bad : List.of("\"www.clinic.example\"", "\"https://\"", "\"https://a b.example\"", "42",
                "\"ftp://clinic.example/plan\"", "\"https://x.example/" + "a".repeat(300) + "\"")) {
            SettingsFile.Loaded l = read("{\"handoutUrl\":" + bad + "}");
            assertNull(l.settings().clinic().handoutUrl(), bad);
            assertEquals(1, l.problems().size(), bad);
            assertTrue(l.problems().get(0).startsWith(file + " handoutUrl:"), l.problems()::toString);
        }
        for (String bad : List.of("\"12\"", "\"555-CLINIC\"", "\"" + "5".repeat(31) + "\"", "true", "\"  \"")) {
            SettingsFile.Loaded l = read("{\"clinicPhone\":" + bad + "}");
            assertNull(l.settings().clinic().phone(), bad);
            assertTrue(l.problems().get(0).startsWith(file + " clinicPhone:"), l.problems()::toString);
        }
        SettingsFile.Loaded longName = read("{\"clinicName\":\"" + "R".repeat(81) + "\"}");
        assertNull(longName.settings().clinic().name());
        assertTrue(longName.problems().get(0).startsWith(file + " clinicName:"), longName.problems()::toString);
    }
}
