package org.backcare.kiosk.screen;

import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.shell.Kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.ContentFixture;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.MaxLength;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content whose titles, names, headings and tiles are as long as the content check allows still
 * fits every screen at 150 % text, portrait and landscape: nothing cut short or off the side, and
 * the title never pushes the screen and the "does not diagnose" line out of view.
 */
@UiTest
class LongTextLayoutTest {

    private static final Map<String, Integer> LIMITS = Map.of("title", MaxLength.TITLE, "name", MaxLength.NAME,
            "heading", MaxLength.NAME, "tile", MaxLength.TILE);

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Lengthens every limited text to its limit with wide letters ("Wmw…"), in every language. */
    private Library atTheLimits() {
        ContentFixture content = ContentFixture.copyOfBundled(dir.resolve("long"));
        for (String lang : List.of("en", "es")) {
            for (Topic topic : Topic.values()) {
                content.edit(lang + "/" + topic.fileName(), LongTextLayoutTest::lengthen);
            }
        }
        Library library = Library.open(content.root(), Main.contentLoader());
        assertEquals(List.of(), library.rejected().stream().map(Object::toString).toList(), "texts at the limit are allowed");
        return library;
    }

    private static void lengthen(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean item = object.has("id") || object.has("lead");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Integer limit = LIMITS.get(field.getKey());
                if (item && limit != null && field.getValue().isTextual()) {
                    StringBuilder text = new StringBuilder(field.getValue().asText());
                    while (text.length() < limit) {
                        text.append(text.length() % 8 == 7 ? ' ' : text.length() % 2 == 0 ? 'W' : 'm');
                    }
                    object.put(field.getKey(), text.toString().strip() + "W".repeat(limit - text.toString().strip().length()));
                } else {
                    lengthen(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(LongTextLayoutTest::lengthen);
        }
    }

    @Test
    void portrait1080x1920At150Percent(FxRobot robot) {
        check(robot, atTheLimits(), 1080, 1920);
    }

    @Test
    void landscape1920x1080At150Percent(FxRobot robot) {
        check(robot, atTheLimits(), 1920, 1080);
    }

    private int h(String query) {
        Node node = stage.getScene().lookup(query);
        return node == null || !node.isVisible() ? 0 : (int) node.getLayoutBounds().getHeight();
    }

    private void check(FxRobot robot, Library library, int width, int height) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            robot.interact(() -> {
                Kiosk kiosk = new Kiosk(library, Settings.DEFAULTS.withLanguage(language).withLook(TextSize.LARGEST, false),
                        java.time.Clock.systemUTC(), () -> { });
                stage.setScene(kiosk.scene(width, height));
                stage.show();
                kiosk.shell().setAnimate(false);
                for (Route route : Screens.all(kiosk.content())) {
                    kiosk.navigator().home();
                    kiosk.navigator().go(route);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    stage.getScene().getRoot().layout();
                    LayoutTest.inspect(route, stage.getScene().getRoot(), width, faults);
                    if (route instanceof Route.Attract) {
                        continue;
                    }
                    Node disclaimer = stage.getScene().lookup(".footer");
                    Bounds d = disclaimer.localToScene(disclaimer.getLayoutBounds());
                    if (!disclaimer.isVisible() || d.getMaxY() > height + 1 || d.getHeight() < 10) {
                        faults.add(language + " " + route.name() + ": the \"does not diagnose\" line is not in view: " + d);
                    }
                    Node screen = stage.getScene().lookup("#screenHolder");
                    Bounds s = screen.localToScene(screen.getLayoutBounds());
                    if (s.getHeight() < height * 0.5) {
                        faults.add(language + " " + route.name() + ": the title and bars leave the screen only "
                                + (int) s.getHeight() + " px of " + height + " (app bar " + h(".app-bar") + ", title row "
                                + h(".app-title-row") + ", look bar " + h(".look-bar") + ", footer " + h(".footer") + ")");
                    }
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(faults.isEmpty(), faults.size() + " faults at " + width + "x" + height + ":\n" + String.join("\n", faults));
    }
}
