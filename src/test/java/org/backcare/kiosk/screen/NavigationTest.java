package org.backcare.kiosk.screen;

import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.shell.Kiosk;

import org.backcare.kiosk.widget.Expander;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.widget.ResponsiveGrid;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.backcare.kiosk.screen.KioskUi.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real screens by touch: every topic from Home and back, every exercise, the links. */
@UiTest
class NavigationTest {

    private Kiosk kiosk;
    private Content content;

    @Start
    void start(Stage stage) {
        kiosk = KioskUi.show(stage, 1920, 1080);
        content = kiosk.content();
    }

    @Test
    void everyTopicOpensFromItsHomeTileAndBackReturnsHome(FxRobot robot) {
        Map<String, Topic> tiles = new LinkedHashMap<>();
        tiles.put("#musclesTile", Topic.MUSCLES);
        tiles.put("#causesTile", Topic.CAUSES);
        tiles.put("#symptomsTile", Topic.SYMPTOMS);
        tiles.put("#selfCareTile", Topic.SELF_CARE);
        tiles.put("#exercisesTile", Topic.EXERCISES);
        tiles.put("#doctorTile", Topic.DOCTOR);
        tiles.put("#keyPointsTile", Topic.KEY_POINTS);
        tiles.put("#sourcesTile", Topic.SOURCES);
        tiles.put("#pickerTile", Topic.PICKER);
        assertEquals(Topic.values().length, tiles.size(), "a tile for every topic");
        tiles.forEach((tile, topic) -> {
            tap(robot, tile);
            assertEquals(Route.of(topic), kiosk.navigator().current());
            assertEquals(content.info(topic).title(), title(robot));
            assertFalse(robot.lookup(".card").queryAll().isEmpty() && robot.lookup(".question-text").queryAll().isEmpty(),
                    topic + " shows its content");
            tap(robot, "#backButton");
            assertEquals(Route.HOME, kiosk.navigator().current());
            assertFalse(robot.lookup("#backButton").query().isVisible(), "no Back on Home");
        });
    }

    @Test
    void everyExerciseOpensFromTheListAndHomeReturns(FxRobot robot) {
        for (Exercise exercise : content.exercises().exercises()) {
            tap(robot, "#exercisesTile");
            tap(robot, "#exercise-" + exercise.id());
            assertEquals(exercise.name(), title(robot));
            assertTrue(robot.lookup("#stop-rule").tryQuery().isPresent(), "the stop rule is on every exercise");
            assertTrue(robot.lookup("#steps").tryQuery().isPresent());
            tap(robot, "#homeButton");
            assertEquals(Route.HOME, kiosk.navigator().current());
        }
    }

    @Test
    void theDirectionFilterShowsOnlyThatDirection(FxRobot robot) {
        tap(robot, "#exercisesTile");
        ResponsiveGrid tiles = robot.lookup("#exerciseTiles").queryAs(ResponsiveGrid.class);
        assertEquals(content.exercises().exercises().size(), tiles.getChildren().size());
        tap(robot, "#showFlexion");
        long flexion = content.exercises().exercises().stream().filter(e -> e.direction() == Direction.FLEXION).count();
        assertEquals(flexion, tiles.getChildren().size());
        assertTrue(tiles.getChildren().stream().allMatch(n -> n.getId().equals("exercise-double-knee-to-chest")
                || content.exercises().exercise(n.getId().substring("exercise-".length())).orElseThrow().direction() == Direction.FLEXION));
        tap(robot, "#showFlexion");
        assertTrue(robot.lookup("#showFlexion").queryAs(ToggleButton.class).isSelected(), "one filter always stays chosen");
        tap(robot, "#showAll");
        assertEquals(content.exercises().exercises().size(), tiles.getChildren().size());
    }

    @Test
    void aSymptomPatternLinksToItsExercisesAndBackComesBack(FxRobot robot) {
        tap(robot, "#symptomsTile");
        tap(robot, "#link-double-knee-to-chest");
        assertEquals(new Route.ExercisePage("double-knee-to-chest"), kiosk.navigator().current());
        tap(robot, "#backButton");
        assertEquals(new Route.TopicPage(Topic.SYMPTOMS), kiosk.navigator().current());
    }

    @Test
    void aKeyPointLinksToItsTopic(FxRobot robot) {
        tap(robot, "#keyPointsTile");
        tap(robot, "#link-see-a-doctor-key-doctor");
        assertEquals(new Route.TopicPage(Topic.DOCTOR), kiosk.navigator().current());
        assertEquals(content.doctor().redFlags().size(), robot.lookup(".urgency-card").queryAll().size() - 1,
                "every red flag is in view without a tap, each saying how soon, plus the emergency card");
        assertTrue(robot.lookup("#emergency-note").query().getStyleClass().contains("urgency-emergency"));
    }

    @Test
    void longContentScrollsByFingerDrag(FxRobot robot) {
        tap(robot, "#sourcesTile");
        javafx.scene.control.ScrollPane scroller = robot.lookup("#scroller").queryAs(javafx.scene.control.ScrollPane.class);
        assertEquals(0, scroller.getVvalue(), 1e-9);
        robot.drag("#article", javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -400).release(javafx.scene.input.MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroller.getVvalue() > 0.05, "dragging up scrolls the page down, got " + scroller.getVvalue());
    }

    @Test
    void theResearchNoteOpensOnATap(FxRobot robot) {
        tap(robot, "#selfCareTile");
        Expander note = robot.lookup("#research-evidence-heat").queryAs(Expander.class);
        assertFalse(note.isExpanded());
        tap(robot, "#research-evidence-heat .title");
        assertTrue(note.isExpanded());
        assertTrue(robot.lookup("#research-evidence-heat .citation").tryQuery().isPresent(), "the note cites its sources");
    }
}
