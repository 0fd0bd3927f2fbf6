package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.widget.DrawingView;
import org.backcare.kiosk.widget.PoseFigure;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.backcare.kiosk.screen.KioskUi.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everyone can use it: every control, picture and drawing region has an accessible name in both
 * languages; the keyboard alone reaches everything, with a ring only for keyboard users; a
 * language switch keeps the person's place; text size and contrast follow the choice and an idle
 * reset forgets them.
 */
@UiTest
class AccessibilityTest {

    private static final PseudoClass FOCUS_VISIBLE = PseudoClass.getPseudoClass("focus-visible");
    private final TestClock clock = new TestClock();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Kiosk show(FxRobot robot, Settings settings) {
        Kiosk[] kiosk = new Kiosk[1];
        robot.interact(() -> kiosk[0] = KioskUi.show(stage, 1920, 1080, settings, clock, KioskUi.quietVoice()));
        return kiosk[0];
    }

    @Test
    void everyControlPictureAndRegionHasAnAccessibleNameInEveryLanguage(FxRobot robot) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            Kiosk kiosk = show(robot, Settings.DEFAULTS.withLanguage(language));
            robot.interact(() -> {
                kiosk.shell().showLookChoices(true);
                for (Route route : Screens.all(kiosk.content())) {
                    kiosk.navigator().home();
                    kiosk.navigator().go(route);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    inspect(language + " " + route.name(), stage.getScene().getRoot(), faults);
                }
                kiosk.session().openAdmin();
                inspect(language + " staff PIN pad", stage.getScene().getRoot(), faults);
            });
        }
        assertEquals(List.of(), faults);
    }

    /** A node a person can focus or tap, or a picture, must have a name a screen reader can say. */
    private static void inspect(String where, Parent root, List<String> faults) {
        for (Node node : KioskUi.visibleNodes(root, n -> !partOfAScrollBar(n))) {
            boolean acts = node instanceof ButtonBase || (node.isFocusTraversable() && !node.isDisabled())
                    || (!node.isMouseTransparent() && (node.getOnMouseClicked() != null
                    || node.getOnMousePressed() != null || node.getOnTouchPressed() != null));
            boolean picture = node instanceof ImageView || node instanceof DrawingView || node instanceof PoseFigure
                    || (node.getStyleClass().contains("drawing-region") && !node.isMouseTransparent());
            if ((acts || picture) && name(node).isBlank()) {
                faults.add(where + ": " + node.getClass().getSimpleName()
                        + (node.getId() == null ? "" : "#" + node.getId()) + " " + node.getStyleClass()
                        + " has no accessible text");
            }
            if (node instanceof Labeled labeled && labeled.getText() != null
                    && (labeled.getText().matches("%[a-zA-Z.]+") || labeled.getText().contains("???"))) {
                faults.add(where + ": shows a missing-key marker: " + labeled.getText());
            }
        }
    }

    /**
     * Scroll bars and a scroll pane's viewport are the platform's own controls: the scroll pane
     * itself is what assistive technology announces, and it scrolls with the keyboard.
     */
    private static boolean partOfAScrollBar(Node node) {
        if (node.getStyleClass().contains("viewport")) {
            return true;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        return node instanceof Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
    }

    @Test
    void theKeyboardAloneOpensTopicsAndGoesBackWithARingOnlyForKeyboardUsers(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS);
        tap(robot, "#causesTile");
        Node tapped = robot.lookup("#backButton").query();
        assertFalse(tapped.getPseudoClassStates().contains(FOCUS_VISIBLE), "no ring after a touch");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Route.HOME, kiosk.navigator().current(), "Esc goes back");

        // Tab through Home until the symptoms tile has focus; the ring shows; Enter opens it.
        for (int i = 0; i < 40 && !robot.lookup("#symptomsTile").query().isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        Node tile = robot.lookup("#symptomsTile").query();
        assertTrue(tile.isFocused(), "Tab reaches the tiles");
        assertTrue(tile.getPseudoClassStates().contains(FOCUS_VISIBLE), "the focus ring shows for the keyboard");
        robot.type(KeyCode.ENTER);
        assertEquals(Route.of(Topic.SYMPTOMS), kiosk.navigator().current(), "Enter presses the focused tile");
        robot.type(KeyCode.ESCAPE);
        for (int i = 0; i < 40 && !robot.lookup("#keyPointsTile").query().isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.SPACE);
        assertEquals(Route.of(Topic.KEY_POINTS), kiosk.navigator().current(), "Space presses it too");
    }

    @Test
    void escGoesBackInKioskModeButNeverLeavesTheKiosk(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS.withMode(Mode.KIOSK));
        robot.interact(() -> kiosk.navigator().home());
        tap(robot, "#doctorTile");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Route.HOME, kiosk.navigator().current());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Route.HOME, kiosk.navigator().current(), "at Home Esc does nothing");
        assertTrue(stage.isShowing());
    }

    @Test
    void switchingLanguageKeepsThePlaceAndBackStillWorks(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS);
        tap(robot, "#exercisesTile");
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("pelvic-tilt")));
        assertEquals("Pelvic tilt", title(robot));
        assertEquals("Español", robot.lookup("#language-es").queryButton().getText());
        tap(robot, "#language-es");
        assertEquals(new Route.ExercisePage("pelvic-tilt"), kiosk.navigator().current(), "still on the same exercise");
        assertEquals("Inclinación de la pelvis", title(robot));
        assertEquals("Atrás", robot.lookup("#backButton").queryButton().getText());
        assertEquals("Atrás", robot.lookup("#backButton").queryButton().getAccessibleText());
        assertEquals("English", robot.lookup("#language-en").queryButton().getText());
        tap(robot, "#backButton");
        assertEquals(Route.of(Topic.EXERCISES), kiosk.navigator().current(), "Back leads where it did");
        assertEquals("Estiramientos y ejercicios", title(robot));
        tap(robot, "#language-en");
        assertEquals("Stretches and exercises", title(robot));
    }

    @Test
    void theAttractScreenOffersTheLanguagesAndStartsInTheOneChosen(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS.withMode(Mode.KIOSK));
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
        tap(robot, ".attract-languages #language-es");
        assertEquals(Route.HOME, kiosk.navigator().current());
        assertEquals("es", kiosk.content().language().id());
        assertTrue(robot.lookup("#welcome").queryLabeled().getText().startsWith("Toque"));
    }

    @Test
    void textSizeAndContrastFollowTheChoiceAndAnIdleResetForgetsThem(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS.withMode(Mode.KIOSK));
        robot.interact(() -> kiosk.navigator().home());
        double normal = robot.lookup("#welcome").queryLabeled().getFont().getSize();
        tap(robot, "#lookToggle");
        tap(robot, "#textSize150");
        double largest = robot.lookup("#welcome").queryLabeled().getFont().getSize();
        assertEquals(1.5, largest / normal, 0.05, "150 % makes the text half as large again");
        double icon = ((org.kordamp.ikonli.javafx.FontIcon) robot.lookup("#causesTile .ikonli-font-icon").query())
                .getIconSize();
        assertEquals(114, icon, 1, "icons grow with the text");
        tap(robot, "#contrastHigh");
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        tap(robot, "#language-es");
        assertEquals(TextSize.LARGEST, kiosk.appearance().textSizeProperty().get(), "a language switch keeps the size");

        clock.advance(Duration.ofSeconds(91));
        robot.interact(() -> kiosk.session().checkIdle());
        clock.advance(Duration.ofSeconds(21));
        robot.interact(() -> kiosk.session().checkIdle());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Route.ATTRACT, kiosk.navigator().current());
        assertEquals("en", kiosk.content().language().id(), "the next person starts in the clinic's language");
        assertEquals(TextSize.NORMAL, kiosk.appearance().textSizeProperty().get());
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        robot.interact(() -> kiosk.navigator().home());
        assertNotEquals(largest, robot.lookup("#welcome").queryLabeled().getFont().getSize());
        assertTrue(robot.lookup("#textSize150").tryQuery().isEmpty(), "the next person finds the text-size strip closed");
    }

    @Test
    void theClinicCanStartEveryoneInSpanishWithLargeHighContrastText(FxRobot robot) {
        Kiosk kiosk = show(robot, Settings.DEFAULTS.withLanguage("es").withLook(TextSize.LARGE, true));
        assertEquals("es", kiosk.content().language().id());
        assertEquals("Dolor en los músculos de la espalda: qué puede hacer", title(robot));
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("text-125"));
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
    }
}
