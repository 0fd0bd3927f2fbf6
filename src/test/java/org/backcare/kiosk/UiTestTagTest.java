package org.backcare.kiosk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every test that starts the JavaFX toolkit carries {@link UiTest}, so `./mvnw test` stays the
 * fast pure suite and Failsafe runs the UI tests in `./mvnw verify`. A UI test without the tag
 * would start the toolkit in the pure suite (or, with a sibling's toolkit gone, fail there).
 */
class UiTestTagTest {

    @Test
    void everyTestThatStartsTheToolkitIsTaggedUi() throws IOException {
        Path tests = Path.of("src/test/java");
        List<String> untagged;
        try (Stream<Path> files = Files.walk(tests)) {
            untagged = files.filter(f -> f.toString().endsWith("Test.java"))
                    .filter(f -> !f.endsWith("UiTest.java") && !f.endsWith("UiTestTagTest.java")).filter(f -> {
                try {
                    String source = Files.readString(f);
                    boolean toolkit = source.contains("FxRobot") || source.contains("ApplicationExtension")
                            || source.contains("Platform.startup");
                    return toolkit && !source.contains("\n@UiTest");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> tests.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), untagged, "add @UiTest to these toolkit tests");
    }
}
