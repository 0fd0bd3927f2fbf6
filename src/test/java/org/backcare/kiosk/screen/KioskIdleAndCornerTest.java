package org.backcare.kiosk.screen;

import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.shell.Kiosk;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.AdminPin;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kiosk mode's privacy holes: the staff pad never holds off the idle reset, the staff corner covers
 * no button, the attract screen asks nobody "Still there?", and a running hold is not cut short.
 */
@UiTest
class KioskIdleAndCornerTest {

    private static final String PIN_HASH = AdminPin.hash("2468");
    private final TestClock clock = new TestClock();
    private Kiosk kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUi.show(stage, 1920, 1080, Settings.DEFAULTS.withMode(Mode.KIOSK).withPinHash(PIN_HASH), clock,
                () -> { });
    }

    private void idleFor(FxRobot robot, int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        robot.interact(() -> kiosk.session().checkIdle());
    }

    private boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void anUntouchedPinPadClosesItselfAndTheIdleResetFollows(FxRobot robot) {
        tap(robot, "#attract");
        tap(robot, "#sourcesTile");
        robot.interact(() -> kiosk.session().openAdmin());
        tap(robot, "#pin-1");
        idleFor(robot, 29);
        assertTrue(visible(robot, "#adminOverlay"), "touched 29 s ago: still open");
        idleFor(robot, 2);
        assertFalse(visible(robot, "#adminOverlay"), "untouched for 30 s: the pad closed itself");
        idleFor(robot, 60);
        assertTrue(visible(robot, "#idleOverlay"), "the pad did not hold off \"Still there?\"");
        idleFor(robot, 20);
        assertEquals(Route.ATTRACT, kiosk.navigator().current(), "and the reset followed");
    }

    @Test
    void thePinIsCheckedOffTheJavaFxThread(FxRobot robot) {
        // The slowest hash allowed: checked on the JavaFX thread it would freeze the screen.
        String slow = AdminPin.hash("1357", AdminPin.MAX_ITERATIONS);
        robot.interact(() -> kiosk = new Kiosk(KioskUi.library(), Settings.DEFAULTS.withMode(Mode.KIOSK).withPinHash(slow),
                clock, () -> { }));
        Stage stage = (Stage) robot.lookup("#adminCorner").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setScene(kiosk.scene(1920, 1080));
            kiosk.shell().setAnimate(false);
            kiosk.session().openAdmin();
        });
        for (char c : "1357".toCharArray()) {
            tap(robot, "#pin-" + c);
        }
        javafx.scene.control.Button enter = robot.lookup("#pinEnter").queryAs(javafx.scene.control.Button.class);
        javafx.scene.control.Label label = robot.lookup("#pinMessage").queryAs(javafx.scene.control.Label.class);
        boolean[] waiting = new boolean[1];
        String[] message = new String[1];
        // Pressed and looked at in one go on the JavaFX thread: a check on this thread would be over by then.
        robot.interact(() -> {
            enter.fire();
            waiting[0] = enter.isDisabled();
            message[0] = label.getText();
        });
        assertTrue(waiting[0], "right after Enter the pad waits for the check, the screen is not frozen");
        assertEquals("Checking the PIN…", message[0]);
        KioskModeTest.waitForPinCheck(robot);
        assertTrue(visible(robot, "#adminMenu"), "then the right PIN opens the staff menu");
    }

    @Test
    void theStaffMenuSaysWhenTheClinicContentHasAProblem(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path clinic = org.backcare.kiosk.content.ContentFixture.copyOfBundled(dir.resolve("clinic"))
                .write("en/muscles.json", "{ broken").root();
        org.backcare.kiosk.content.Library library = org.backcare.kiosk.content.Library.open(clinic,
                org.backcare.kiosk.Main.contentLoader());
        Stage stage = (Stage) robot.lookup("#adminCorner").query().getScene().getWindow();
        robot.interact(() -> {
            kiosk = new Kiosk(library, Settings.DEFAULTS.withMode(Mode.KIOSK).withPinHash(PIN_HASH), clock, () -> { });
            stage.setScene(kiosk.scene(1920, 1080));
            kiosk.shell().setAnimate(false);
            kiosk.session().openAdmin();
        });
        for (char c : "2468".toCharArray()) {
            tap(robot, "#pin-" + c);
        }
        tap(robot, "#pinEnter");
        KioskModeTest.waitForPinCheck(robot);
        assertTrue(visible(robot, "#adminContentStatus"));
        assertEquals("Clinic content: 1 problem — running on the bundled content. The log names the file and place of each.",
                robot.lookup("#adminContentStatus").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> kiosk.appearance().textSizeProperty().set(TextSize.LARGEST));
        WaitForAsyncUtils.waitForFxEvents();
        assertInsideScene(robot.lookup("#adminMenu").query());
        assertInsideScene(robot.lookup("#adminCancel").query());
    }

    @Test
    void withoutAClinicFolderProblemTheStaffMenuSaysNothingOfIt(FxRobot robot) {
        robot.interact(() -> kiosk.session().openAdmin());
        for (char c : "2468".toCharArray()) {
            tap(robot, "#pin-" + c);
        }
        tap(robot, "#pinEnter");
        KioskModeTest.waitForPinCheck(robot);
        assertTrue(visible(robot, "#adminMenu"));
        assertFalse(visible(robot, "#adminContentStatus"));
        assertInsideScene(robot.lookup("#adminMenu").query());
    }

    @Test
    void thePinPadAndStaffMenuFitTheScreenAt150Percent(FxRobot robot) {
        robot.interact(() -> kiosk.appearance().textSizeProperty().set(TextSize.ofPercent(150).orElseThrow()));
        robot.interact(() -> kiosk.session().openAdmin());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#pinEnter", "#pinClear", "#pin-0", "#pin-1", "#pinCancel")) {
            assertInsideScene(robot.lookup(id).query());
        }
        assertInsideScene(robot.lookup(".overlay-card").query());
    }

    private static void assertInsideScene(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double w = node.getScene().getWidth();
        double h = node.getScene().getHeight();
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= w && b.getMaxY() <= h,
                node.getId() + " at " + b + " is not inside the " + w + "x" + h + " window");
    }

    @Test
    void theStaffCornerCoversNoButton(FxRobot robot) {
        assertCornerClear(robot, "attract");
        tap(robot, "#attract");
        assertCornerClear(robot, "home");
        robot.interact(() -> kiosk.navigator().go(new Route.TopicPage(Topic.SOURCES)));
        assertCornerClear(robot, "sources");
        robot.interact(() -> kiosk.navigator().go(new Route.PickerStep(Answers.NONE)));
        assertCornerClear(robot, "picker");
        robot.interact(() -> kiosk.appearance().textSizeProperty().set(TextSize.ofPercent(150).orElseThrow()));
        assertCornerClear(robot, "picker at 150 %");
        robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough("press-up")));
        assertCornerClear(robot, "walkthrough at 150 %");
    }

    @Test
    void theStaffCornerCoversNoButtonOnAnyScreenTheRegistryLists(FxRobot robot) {
        tap(robot, "#attract");
        for (int percent : new int[]{100, 150}) {
            robot.interact(() -> kiosk.appearance().textSizeProperty().set(TextSize.ofPercent(percent).orElseThrow()));
            for (Route route : Screens.all(kiosk.content())) {
                robot.interact(() -> {
                    kiosk.navigator().home();
                    kiosk.navigator().go(route);
                });
                assertCornerClear(robot, route + " at " + percent + " %");
            }
        }
    }

    private void assertCornerClear(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node corner = robot.lookup("#adminCorner").query();
            Parent root = corner.getScene().getRoot();
            root.applyCss();
            root.layout();
            Bounds c = corner.localToScene(corner.getLayoutBounds());
            assertTrue(c.getWidth() >= 48 && c.getHeight() >= 48, where + ": the corner is a usable target: " + c);
            for (Node button : KioskUi.visibleNodes(root, n -> n instanceof ButtonBase)) {
                Bounds b = button.localToScene(button.getLayoutBounds());
                assertFalse(b.intersects(c), where + ": the staff corner " + c + " covers " + button.getId() + " " + b);
            }
        });
    }

    @Test
    void theAttractScreenNeverAsksStillThereButStillPutsTheStartSettingsBack(FxRobot robot) {
        robot.interact(() -> kiosk.appearance().languageProperty().set("es"));
        for (int i = 0; i < 12; i++) {
            idleFor(robot, 10);
            assertFalse(visible(robot, "#idleOverlay"), "no \"Still there?\" on the attract screen after " + (i + 1) * 10 + " s");
        }
        assertEquals("en", kiosk.appearance().languageProperty().get(), "the start language is back");
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
    }

    @Test
    void aRunningHoldCountsAsActivity(FxRobot robot) {
        tap(robot, "#attract");
        robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough("lying-face-down")));
        assertEquals("120", robot.lookup("#countdown").queryAs(javafx.scene.control.Label.class).getText());
        tap(robot, "#startPause");
        idleFor(robot, 100);
        assertFalse(visible(robot, "#idleOverlay"), "100 s into a 120 s hold, nobody is gone");
        idleFor(robot, 30);
        assertFalse(visible(robot, "#idleOverlay"), "nor just after it, within the margin");
        idleFor(robot, 80);
        assertFalse(visible(robot, "#idleOverlay"), "the idle wait starts at the end of the hold and its margin");
        idleFor(robot, 20);
        assertTrue(visible(robot, "#idleOverlay"), "then \"Still there?\" as usual");
    }
}
