package org.backcare.kiosk;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged kiosk as it ships: its jar as a named module on the module path, with only its
 * runtime dependencies, exporting every screen. Every other test runs on the class path, where a
 * package FXML needs but module-info does not open still loads; here the screen fails to open and
 * the export says so. Monocle is patched into javafx.graphics so this needs no display.
 * Run by Failsafe after the jar is built; the pom passes the jar and the runtime class path.
 */
@Tag(PackagedModuleTest.TAG)
class PackagedModuleTest {

    static final String TAG = "module-path";

    private static final Pattern WROTE = Pattern.compile("Wrote (\\d+) screens to ");
    private static final List<String> TROUBLE = List.of("SEVERE", "Could not open screen", "showing Home instead",
            "Exception", "Error:");

    @Test
    void everyScreenOpensFromTheModulePath(@TempDir Path temp) throws Exception {
        Path jar = Path.of(required("kiosk.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged jar " + jar);
        String runtime = Files.readString(Path.of(required("kiosk.runtime.classpath.file")), StandardCharsets.UTF_8).trim();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new AssertionError("openjfx-monocle is not on the test class path"));

        Path screens = temp.resolve("screens");
        Path output = temp.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", jar + File.pathSeparator + runtime,
                "--patch-module", "javafx.graphics=" + monocle,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=1280x800-32",
                "-m", "org.backcare.kiosk/org.backcare.kiosk.Main",
                "--export-screens=" + screens, "--size=1280x800", "--settings=" + temp.resolve("settings.json")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        Process kiosk = builder.start();
        if (!kiosk.waitFor(3, TimeUnit.MINUTES)) {
            kiosk.destroyForcibly();
            throw new AssertionError("the export did not end within 3 minutes:\n" + Files.readString(output));
        }

        String log = Files.readString(output) + logFiles(temp.resolve("state"));
        assertEquals(0, kiosk.exitValue(), () -> String.join(" ", command) + "\n" + log);
        for (String trouble : TROUBLE) {
            assertFalse(log.contains(trouble), () -> "\"" + trouble + "\" in the kiosk's output:\n" + log);
        }
        Matcher wrote = WROTE.matcher(log);
        assertTrue(wrote.find(), log);
        List<Path> files;
        try (Stream<Path> list = Files.list(screens)) {
            files = list.filter(f -> f.toString().endsWith(".png")).toList();
        }
        assertEquals(Integer.parseInt(wrote.group(1)), files.size(), "one PNG per screen exported");
        assertTrue(files.size() > 10, "every screen, not just Home: " + files.size());
        for (Path file : files) {
            assertTrue(Files.size(file) > 1000, file + " holds a picture");
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("System property " + property + " is not set: run this test with ./mvnw verify");
        }
        return value;
    }

    private static String logFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append("\n--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
