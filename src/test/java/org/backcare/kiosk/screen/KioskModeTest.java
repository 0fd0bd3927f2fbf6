package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.widget.Expander;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.AdminPin;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kiosk mode: attract screen, idle countdown and reset with nothing left behind, lockdown, staff PIN. */
@UiTest
class KioskModeTest {

    private static final String PIN_HASH = AdminPin.hash("2468");
    private final TestClock clock = new TestClock();
    private final AtomicBoolean quit = new AtomicBoolean();
    private Kiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = KioskUi.show(stage, 1920, 1080, Settings.DEFAULTS.withMode(Mode.KIOSK).withPinHash(PIN_HASH), clock,
                () -> quit.set(true));
    }

    private void idleFor(FxRobot robot, int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        robot.interact(() -> kiosk.session().checkIdle());
    }

    private boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    /** hidePointer: a touch screen's kiosk shows no pointer, by default in kiosk mode. */
    @Test
    void thePointerIsHidden(FxRobot robot) {
        assertEquals(javafx.scene.Cursor.NONE, stage.getScene().getCursor());
        assertEquals(javafx.scene.Cursor.NONE, cursorOver(robot.lookup("#attract").query()), "the attract screen");
        assertEquals(javafx.scene.Cursor.NONE, cursorOver(robot.lookup("#touchToStart").query()));
        tap(robot, "#attract");
        assertEquals(javafx.scene.Cursor.NONE, cursorOver(robot.lookup("#sourcesTile").query()), "Home");
    }

    /** The cursor JavaFX shows over a node: its own, or the nearest parent's, or the scene's. */
    private static javafx.scene.Cursor cursorOver(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n.getCursor() != null) {
                return n.getCursor();
            }
        }
        return node.getScene().getCursor();
    }

    /** Burn-in: the attract screen's figure walks from one side of the screen to the other. */
    @Test
    void theAttractFigureCrossesTheScreen(FxRobot robot) {
        javafx.scene.Node figure = robot.lookup("#attractFigure").query();
        javafx.beans.property.DoubleProperty phase = (javafx.beans.property.DoubleProperty) figure.getProperties()
                .get(org.backcare.kiosk.screen.attract.AttractController.DRIFT);
        double[] left = new double[1];
        double[] right = new double[1];
        // Set and read in one go: a burst of walking moves the figure on between two calls.
        robot.interact(() -> {
            phase.set(-1);
            left[0] = figure.localToScene(figure.getBoundsInLocal()).getMinX();
            phase.set(1);
            right[0] = figure.localToScene(figure.getBoundsInLocal()).getMaxX();
        });
        assertTrue(left[0] < 100, "starts at the left edge: " + left[0]);
        assertTrue(right[0] > 1920 - 100, "ends at the right edge: " + right[0]);
    }

    /**
     * Idle cost: the figure walks in bursts and then stands, so the screen draws nothing between
     * them; and once the screen is left, it no longer walks at all.
     */
    @Test
    void theAttractFigureWalksInBurstsAndThenStands(FxRobot robot) {
        javafx.scene.Node figure = robot.lookup("#attractFigure").query();
        javafx.beans.property.DoubleProperty phase = (javafx.beans.property.DoubleProperty) figure.getProperties()
                .get(org.backcare.kiosk.screen.attract.AttractController.DRIFT);
        double[] seen = {phase.get()};
        java.util.function.BooleanSupplier moved = () -> {
            boolean changed = phase.get() != seen[0];
            seen[0] = phase.get();
            return changed;
        };
        KioskUi.waitUntil("the figure walks", 15, moved);
        KioskUi.waitUntil("then stands still for a second", 8, () -> KioskUi.holdsFor(1000, () -> !moved.getAsBoolean()));
        KioskUi.waitUntil("and walks again", 30, moved);
        tap(robot, "#attract");
        assertEquals(Route.HOME, kiosk.navigator().current());
        moved.getAsBoolean(); // what it walked before the tap
        assertTrue(KioskUi.holdsFor(1500, () -> !moved.getAsBoolean()), "no more walking once the screen is left");
    }

    @Test
    void startsOnTheAttractScreenAndATouchOpensHome(FxRobot robot) {
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
        assertFalse(robot.lookup("#backButton").query().isVisible());
        tap(robot, "#attract");
        assertEquals(Route.HOME, kiosk.navigator().current());
    }

    @Test
    void stillThereCountsDownAndImStillHereKeepsThePlace(FxRobot robot) {
        tap(robot, "#attract");
        tap(robot, "#sourcesTile");
        idleFor(robot, 89);
        assertFalse(visible(robot, "#idleOverlay"));
        idleFor(robot, 2);
        assertTrue(visible(robot, "#idleOverlay"));
        assertEquals("19", robot.lookup("#idleCountdown").queryAs(Label.class).getText());
        idleFor(robot, 5);
        assertEquals("14", robot.lookup("#idleCountdown").queryAs(Label.class).getText(), "the countdown ticks");
        tap(robot, "#stillHere");
        assertFalse(visible(robot, "#idleOverlay"));
        assertEquals(new Route.TopicPage(Topic.SOURCES), kiosk.navigator().current(), "nothing lost");
        idleFor(robot, 60);
        assertFalse(visible(robot, "#idleOverlay"), "the wait started over");
    }

    @Test
    void theIdleResetLeavesNothingOfTheLastPerson(FxRobot robot) {
        tap(robot, "#attract");
        // Change everything a person can change, on every kind of screen.
        tap(robot, "#musclesTile");
        tap(robot, "#deepLayer");
        tap(robot, "#region-multifidi");
        tap(robot, "#homeButton");
        tap(robot, "#causesTile");
        tap(robot, "#region-source-heart");
        tap(robot, "#homeButton");
        tap(robot, "#selfCareTile");
        tap(robot, "#research-evidence-heat .title");
        robot.interact(() -> ((ScrollPane) robot.lookup("#scroller").query()).setVvalue(1));
        tap(robot, "#homeButton");
        tap(robot, "#exercisesTile");
        tap(robot, "#showExtension");
        tap(robot, "#homeButton");
        tap(robot, "#pickerTile");
        tap(robot, "#answer-em-none");
        tap(robot, "#nextButton");
        tap(robot, "#answer-rf-none");
        tap(robot, "#nextButton");
        tap(robot, "#answer-worse-sitting");
        tap(robot, "#nextButton");
        tap(robot, "#answer-better-walking");
        tap(robot, "#nextButton");
        tap(robot, "#walkthrough-press-up");
        tap(robot, "#nextStep");
        tap(robot, "#startPause");

        // The running walkthrough (ten 2 s holds, a 3 s rest between two) counts as activity for
        // all of it, 47 s, and a 15 s margin; then the 90 s idle wait.
        idleFor(robot, 140);
        assertFalse(visible(robot, "#idleOverlay"), "the idle wait starts at the end of the repetitions");
        idleFor(robot, 13);
        assertTrue(visible(robot, "#idleOverlay"));
        idleFor(robot, 20);
        assertEquals(Route.ATTRACT, kiosk.navigator().current(), "back to the attract screen");
        assertFalse(visible(robot, "#idleOverlay"));
        assertFalse(kiosk.navigator().backPossibleProperty().get(), "no history of the last person");

        // Everything is as new.
        tap(robot, "#attract");
        tap(robot, "#musclesTile");
        assertTrue(robot.lookup("#tap-prompt").tryQuery().isPresent(), "no muscle selected");
        assertTrue(robot.lookup("#surfaceLayer").queryAs(ToggleButton.class).isSelected(), "layer back to the surface one");
        tap(robot, "#homeButton");
        tap(robot, "#causesTile");
        assertTrue(robot.lookup("#tap-prompt").tryQuery().isPresent(), "no pain source selected");
        tap(robot, "#homeButton");
        tap(robot, "#selfCareTile");
        assertFalse(robot.lookup("#research-evidence-heat").queryAs(Expander.class).isExpanded());
        assertEquals(0, robot.lookup("#scroller").queryAs(ScrollPane.class).getVvalue(), 1e-9, "scrolled to the top");
        tap(robot, "#homeButton");
        tap(robot, "#exercisesTile");
        assertTrue(robot.lookup("#showAll").queryAs(ToggleButton.class).isSelected());
        tap(robot, "#homeButton");
        tap(robot, "#pickerTile");
        assertEquals(new Route.PickerStep(Answers.NONE), kiosk.navigator().current(), "no picker answers");
        robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough("press-up")));
        assertEquals("Step 1 of 4", robot.lookup("#stepNumber").queryAs(Label.class).getText());
        assertEquals("2", robot.lookup("#countdown").queryAs(Label.class).getText(), "timer not started");
        assertEquals("Repetition 1 of 10", robot.lookup("#repetition").queryAs(Label.class).getText());
    }

    @Test
    void escF11AltF4AndCloseRequestsDoNotLeaveKioskMode(FxRobot robot) {
        // The primary window stands in for the kiosk's; full screen itself is left out here, as
        // Monocle's full-screen overlay breaks rendering for the tests that follow.
        robot.interact(() -> kiosk.session().guard(stage));
        java.util.List<KeyCode> reached = new java.util.ArrayList<>();
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> reached.add(e.getCode()));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stage.isShowing(), "a close request is refused");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F11);
        robot.press(KeyCode.ALT).type(KeyCode.F4).release(KeyCode.ALT);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertFalse(reached.contains(KeyCode.ESCAPE) || reached.contains(KeyCode.F11) || reached.contains(KeyCode.F4), reached::toString);
        assertTrue(reached.contains(KeyCode.A), "other keys pass");
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
        robot.interact(() -> kiosk.session().unlock());
        robot.interact(() -> stage.setOnCloseRequest(null));
    }

    @Test
    void aLongPressInTheCornerAsksForThePinAndWrongTriesLockIt(FxRobot robot) {
        assertFalse(visible(robot, "#adminOverlay"));
        robot.moveTo("#adminCorner").press(javafx.scene.input.MouseButton.PRIMARY);
        KioskUi.waitUntil("the hidden gesture opens the PIN pad", () -> visible(robot, "#adminOverlay"));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#adminOverlay"), "the PIN pad stays open after letting go");
        for (int i = 1; i <= 4; i++) {
            enter(robot, "1111");
            assertTrue(message(robot).contains((5 - i) + " "), message(robot));
        }
        enter(robot, "1111");
        assertTrue(message(robot).startsWith("Too many wrong tries. Try again in 30 seconds"), message(robot));
        enter(robot, "2468");
        assertTrue(message(robot).contains("Too many wrong tries"), "locked even for the right PIN");
        clock.advance(Duration.ofSeconds(31));
        // Left untouched for 30 s the pad has closed itself; staff open it again.
        robot.interact(() -> kiosk.session().openAdmin());
        enter(robot, "2468");
        assertTrue(visible(robot, "#adminMenu"), "the right PIN opens the staff menu");
        tap(robot, "#adminQuit");
        assertTrue(quit.get(), "Leave the kiosk quits");
    }

    @Test
    void aShortPressDoesNothingAndCancelCloses(FxRobot robot) {
        robot.clickOn("#adminCorner");
        assertTrue(KioskUi.holdsFor(3300, () -> !visible(robot, "#adminOverlay")), "longer than a long press");
        robot.interact(() -> kiosk.session().openAdmin());
        tap(robot, "#pinCancel");
        assertFalse(visible(robot, "#adminOverlay"));
    }

    @Test
    void theStaffMenuOpensTherapistModeWithItsJumpPanel(FxRobot robot) {
        robot.interact(() -> kiosk.session().openAdmin());
        enter(robot, "2468");
        tap(robot, "#adminTherapist");
        assertEquals(Mode.THERAPIST, kiosk.session().mode());
        assertTrue(visible(robot, "#therapistPanel"));
        tap(robot, "#jump-picker-result-extension");
        assertInstanceOf(Route.PickerStep.class, kiosk.navigator().current());
        assertTrue(robot.lookup("#walkthrough-press-up").tryQuery().isPresent());
        idleFor(robot, 500);
        assertFalse(visible(robot, "#idleOverlay"), "no idle reset while the panel is open");
        tap(robot, "#therapistToggle");
        assertFalse(visible(robot, "#therapistPanel"));
        idleFor(robot, 95);
        assertTrue(visible(robot, "#idleOverlay"), "with the panel closed the idle reset is back");
    }

    @Test
    void anUncaughtErrorIsLoggedAndLandsOnTheFirstScreen(FxRobot robot) {
        robot.interact(() -> kiosk.installRecovery());
        tap(robot, "#attract");
        tap(robot, "#keyPointsTile");
        robot.interact(() -> Platform.runLater(() -> {
            throw new IllegalStateException("a screen broke");
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("no-such-exercise")));
        assertEquals(Route.HOME, kiosk.navigator().current(), "a screen that cannot open lands on Home");
    }

    private static void enter(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            tap(robot, "#pin-" + c);
        }
        tap(robot, "#pinEnter");
        waitForPinCheck(robot);
    }

    /** The PIN is checked off the JavaFX thread; the keys come back with the answer. */
    static void waitForPinCheck(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#pinEnter").tryQuery().map(n -> !n.isDisabled()).orElse(true));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the PIN check did not answer", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#pinMessage").queryAs(Label.class).getText();
    }
}
