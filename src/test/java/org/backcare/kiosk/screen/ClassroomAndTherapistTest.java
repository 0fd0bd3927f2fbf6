package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Classroom mode: a window paged with arrow, Page and Home keys (a presentation clicker), no idle reset. */
@UiTest
class ClassroomAndTherapistTest {

    private final TestClock clock = new TestClock();
    private Kiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        kiosk = KioskUi.show(stage, 1920, 1080, Settings.DEFAULTS, clock, () -> { });
        this.stage = stage;
    }

    @Test
    void arrowAndPageKeysPageThroughTheScreensAndHomeGoesHome(FxRobot robot) {
        assertNotEquals(javafx.scene.Cursor.NONE, stage.getScene().getCursor(), "a classroom keeps its pointer");
        assertEquals(Route.HOME, kiosk.navigator().current(), "classroom starts at Home, not the attract screen");
        robot.type(KeyCode.RIGHT);
        assertEquals(new Route.TopicPage(Topic.MUSCLES), kiosk.navigator().current());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(new Route.TopicPage(Topic.CAUSES), kiosk.navigator().current());
        robot.type(KeyCode.LEFT);
        assertEquals(new Route.TopicPage(Topic.MUSCLES), kiosk.navigator().current());
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(Route.HOME, kiosk.navigator().current(), "paging stops at the first screen");
        robot.type(KeyCode.RIGHT, 5);
        robot.type(KeyCode.HOME);
        assertEquals(Route.HOME, kiosk.navigator().current());
    }

    @Test
    void noIdleResetInClassroomMode(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        clock.advance(Duration.ofHours(3));
        robot.interact(() -> kiosk.session().checkIdle());
        assertFalse(robot.lookup("#idleOverlay").query().isVisible());
        assertEquals(new Route.TopicPage(Topic.MUSCLES), kiosk.navigator().current());
        assertFalse(robot.lookup("#adminCorner").query().isVisible(), "no staff corner outside kiosk mode");
    }
}
