package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.backcare.kiosk.content.Library;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Helpers for driving the real kiosk in TestFX tests. */
final class KioskUi {

    static Library library() {
        return LIBRARY;
    }

    private static final Library LIBRARY = Library.open(null, org.backcare.kiosk.Main.contentLoader())
            .withEmergencyNumber("911");

    private KioskUi() {
    }

    static Kiosk show(Stage stage, int width, int height) {
        return show(stage, width, height, java.time.Clock.systemUTC());
    }

    static Kiosk show(Stage stage, int width, int height, java.time.Clock clock) {
        return show(stage, width, height, new Kiosk(LIBRARY, "en", clock));
    }

    static Kiosk show(Stage stage, int width, int height, org.backcare.kiosk.settings.Settings settings,
                      java.time.Clock clock, Runnable onQuit) {
        return show(stage, width, height, new Kiosk(LIBRARY, settings, clock, onQuit));
    }

    /**
     * A voice that is there but says nothing: the Read aloud button shows, so layout and accessibility
     * sweeps see the app bar as a kiosk with espeak-ng has it.
     */
    static org.backcare.kiosk.ui.Audio quietVoice() {
        org.backcare.kiosk.voice.Speaker quiet = new org.backcare.kiosk.voice.Speaker() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> say(String text, String language) {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }

            @Override
            public void stop() {
            }
        };
        return new org.backcare.kiosk.ui.Audio(quiet, (tone, volume) -> { }, false, 0);
    }

    static Kiosk show(Stage stage, int width, int height, org.backcare.kiosk.settings.Settings settings,
                      java.time.Clock clock, org.backcare.kiosk.ui.Audio audio) {
        return show(stage, width, height, new Kiosk(LIBRARY, settings, clock, () -> { }, null, audio));
    }

    /**
     * Without the screen fade: the tests look nodes up from their own thread, and the end of a fade
     * takes its cover out of the scene on the JavaFX thread, which a lookup at that moment trips
     * over. The monkey, which acts on the JavaFX thread, turns the fade back on.
     */
    static Kiosk show(Stage stage, int width, int height, Kiosk kiosk) {
        stage.setScene(kiosk.scene(width, height));
        stage.show();
        kiosk.shell().setAnimate(false);
        return kiosk;
    }

    static String title(FxRobot robot) {
        return robot.lookup(".app-title").queryAs(Label.class).getText();
    }

    /** Scrolls the node's scroll pane so the node is on screen, then clicks it like a finger would. */
    static void tap(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reveal(robot, node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Taps a region of a drawing (a muscle, a pain source) where it is drawn, as a finger would:
     * the middle of its box may be beside it (a muscle on both sides of the spine).
     */
    static void tapRegion(FxRobot robot, String regionId) {
        Node region = robot.lookup("#region-" + regionId).query();
        reveal(robot, region);
        javafx.geometry.Point2D[] spot = new javafx.geometry.Point2D[1];
        robot.interact(() -> spot[0] = pointOn((Parent) region));
        if (spot[0] == null) {
            throw new AssertionError("nothing of the region " + regionId + " is drawn");
        }
        robot.clickOn(spot[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On screen, a point of the region's first drawn shape, the nearest to the middle of that shape's box. */
    private static javafx.geometry.Point2D pointOn(Parent region) {
        for (Node child : region.getChildrenUnmodifiable()) {
            if (!(child instanceof javafx.scene.shape.SVGPath path) || !path.isVisible()) {
                continue;
            }
            Bounds box = path.getLayoutBounds();
            javafx.geometry.Point2D best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i <= 40; i++) {
                for (int j = 0; j <= 40; j++) {
                    double x = box.getMinX() + box.getWidth() * i / 40;
                    double y = box.getMinY() + box.getHeight() * j / 40;
                    double d = Math.hypot(x - box.getCenterX(), y - box.getCenterY());
                    if (d < bestDistance && path.contains(x, y)) {
                        best = new javafx.geometry.Point2D(x, y);
                        bestDistance = d;
                    }
                }
            }
            if (best != null) {
                return path.localToScreen(best);
            }
        }
        return null;
    }

    static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> revealNow(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the FX thread: scrolls the node's scroll pane so the node is in view. */
    static void revealNow(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds content = scroll.getContent().getLayoutBounds();
                Bounds viewport = scroll.getViewportBounds();
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double room = content.getHeight() - viewport.getHeight();
                if (room > 0) {
                    double target = inContent.getMinY() - (viewport.getHeight() - inContent.getHeight()) / 2;
                    scroll.setVvalue(Math.max(0, Math.min(1, target / room)) * (scroll.getVmax() - scroll.getVmin()));
                }
                scroll.layout();
                return;
            }
        }
    }

    /** Every node in the tree that a person can see (it and all its parents visible). */
    static List<Node> visibleNodes(Parent root, Predicate<Node> filter) {
        List<Node> found = new ArrayList<>();
        collect(root, filter, found);
        return found;
    }

    private static void collect(Node node, Predicate<Node> filter, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (filter.test(node)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, filter, found);
            }
        }
    }

    /** Waits up to five seconds for the condition (polled off the JavaFX thread), then fails naming it. */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, 5, condition);
    }

    /** Waits up to the seconds given for the condition (polled off the JavaFX thread), then fails naming it. */
    static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Not within " + seconds + " s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether the condition holds for the whole time given: for what must not happen (a paused
     * timer moving on, a short press opening the PIN pad), returning at once if it does.
     */
    static boolean holdsFor(long millis, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, () -> !condition.getAsBoolean());
            return false;
        } catch (TimeoutException e) {
            return true;
        }
    }
}
