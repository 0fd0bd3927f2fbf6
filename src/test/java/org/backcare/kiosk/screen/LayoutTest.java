package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.widget.ResponsiveGrid;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every screen at the three sizes the kiosk is designed for, and at the largest text size in each
 * language: no text cut short, nothing running off the side, no laid-out neighbours overlapping,
 * and every tappable thing at least 48×48 px.
 */
@UiTest
class LayoutTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void landscape1920x1080(FxRobot robot) {
        check(robot, 1920, 1080);
    }

    @Test
    void portrait1080x1920(FxRobot robot) {
        check(robot, 1080, 1920);
    }

    @Test
    void laptop1366x768(FxRobot robot) {
        check(robot, 1366, 768);
    }

    @Test
    void largestTextInSpanishLandscape(FxRobot robot) {
        check(robot, 1920, 1080, "es", TextSize.LARGEST);
    }

    @Test
    void largestTextInSpanishPortrait(FxRobot robot) {
        check(robot, 1080, 1920, "es", TextSize.LARGEST);
    }

    @Test
    void largestTextInEnglishLandscape(FxRobot robot) {
        check(robot, 1920, 1080, "en", TextSize.LARGEST);
    }

    @Test
    void largestTextInEnglishPortrait(FxRobot robot) {
        check(robot, 1080, 1920, "en", TextSize.LARGEST);
    }

    private void check(FxRobot robot, int width, int height) {
        check(robot, width, height, "en", TextSize.NORMAL);
    }

    private void check(FxRobot robot, int width, int height, String language, TextSize size) {
        List<String> faults = new ArrayList<>();
        robot.interact(() -> {
            Kiosk kiosk = KioskUi.show(stage, width, height,
                    Settings.DEFAULTS.withLanguage(language).withLook(size, false), java.time.Clock.systemUTC(),
                    KioskUi.quietVoice());
            kiosk.shell().showLookChoices(size != TextSize.NORMAL);
            for (Route route : Screens.all(kiosk.content())) {
                kiosk.navigator().home();
                kiosk.navigator().go(route);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                stage.getScene().getRoot().layout();
                inspect(route, stage.getScene().getRoot(), width, faults);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), faults, "at " + width + "x" + height + " in " + language + " at " + size.percent() + " %");
    }

    static void inspect(Route route, javafx.scene.Parent root, double sceneWidth, List<String> faults) {
        for (Node node : KioskUi.visibleNodes(root, n -> n.getStyleClass().contains("viewport") && n.isCache())) {
            faults.add(route.name() + ": a scroll pane's viewport is cached as a picture (" + describe(node)
                    + "); without a graphics card that costs a screen-sized array per screen (see Viewports)");
        }
        for (Node node : KioskUi.visibleNodes(root, n -> n instanceof Labeled)) {
            Labeled labeled = (Labeled) node;
            String shown = shownText(labeled);
            if (labeled.getText() != null && !labeled.getText().isEmpty() && !labeled.getText().equals(shown)) {
                faults.add(route.name() + ": text cut short: \"" + labeled.getText() + "\" shows as \"" + shown + "\"");
            }
        }
        for (Node node : KioskUi.visibleNodes(root, n -> n instanceof javafx.scene.layout.Region || n instanceof Text)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMaxX() > sceneWidth + 1 || b.getMinX() < -1)) {
                faults.add(route.name() + ": " + describe(node) + " runs off the side (x " + (int) b.getMinX()
                        + " to " + (int) b.getMaxX() + ")");
            }
        }
        for (Node node : KioskUi.visibleNodes(root, n -> n instanceof HBox || n instanceof VBox || n instanceof FlowPane
                || n instanceof GridPane || n instanceof ResponsiveGrid)) {
            List<Node> laidOut = ((javafx.scene.layout.Pane) node).getChildren().stream()
                    .filter(c -> c.isVisible() && c.isManaged()).toList();
            for (int i = 0; i < laidOut.size(); i++) {
                for (int j = i + 1; j < laidOut.size(); j++) {
                    Bounds a = laidOut.get(i).getBoundsInParent();
                    Bounds b = laidOut.get(j).getBoundsInParent();
                    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                    if (w > 2 && h > 2) {
                        faults.add(route.name() + ": " + describe(laidOut.get(i)) + " and " + describe(laidOut.get(j))
                                + " overlap in " + describe(node));
                    }
                }
            }
        }
        for (Node node : KioskUi.visibleNodes(root, n -> n instanceof ButtonBase || n.getStyleClass().contains("title")
                || (n.getStyleClass().contains("drawing-region") && !n.isMouseTransparent()))) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() < 48 || b.getHeight() < 48) {
                faults.add(route.name() + ": " + describe(node) + " is " + (int) b.getWidth() + "x"
                        + (int) b.getHeight() + " px; touch targets must be at least 48x48");
            }
        }
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText carries the style class "text"; an icon graphic is a Text too.
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
