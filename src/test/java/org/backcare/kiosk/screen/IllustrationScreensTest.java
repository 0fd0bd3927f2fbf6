package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.PainSource;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.widget.DrawingView;
import org.backcare.kiosk.widget.PoseFigure;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.backcare.kiosk.screen.KioskUi.tapRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anatomy view, the body map and the moving exercise figures, driven by touch. */
@UiTest
class IllustrationScreensTest {

    private Kiosk kiosk;
    private Content content;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = KioskUi.show(stage, 1920, 1080);
        content = kiosk.content();
    }

    /** Whether the outline's first point leaves {@code from} within the time (the loop holds and rests between moves). */
    private static boolean movesWithin(javafx.scene.shape.MoveTo point, double from, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Math.abs(point.getX() - from) > 1e-6);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean has(FxRobot robot, String query, PseudoClass state) {
        return robot.lookup(query).query().getPseudoClassStates().contains(state);
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private static final Map<Layer, String> LAYER_BUTTONS = Map.of(Layer.SURFACE, "#surfaceLayer",
            Layer.MIDDLE, "#middleLayer", Layer.DEEP, "#deepLayer", Layer.BONE, "#boneLayer");

    /** Whether any shape of the region is drawn. */
    private static boolean drawn(FxRobot robot, String regionId) {
        Parent region = (Parent) robot.lookup("#region-" + regionId).query();
        return region.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof SVGPath && n.isVisible());
    }

    private static boolean tappable(FxRobot robot, String regionId) {
        return !robot.lookup("#region-" + regionId).query().isMouseTransparent();
    }

    @Test
    void eachLayerButtonPeelsTheLayersAboveItAndOnlyItsMusclesCanBeTapped(FxRobot robot) {
        tap(robot, "#musclesTile");
        assertTrue(robot.lookup("#surfaceLayer").queryAs(ToggleButton.class).isSelected(), "it opens on the surface");
        for (Layer shown : List.of(Layer.DEEP, Layer.MIDDLE, Layer.BONE, Layer.SURFACE)) {
            tap(robot, LAYER_BUTTONS.get(shown));
            for (Muscle muscle : content.muscles().muscles()) {
                assertEquals(!muscle.layer().above(shown), drawn(robot, muscle.id()),
                        muscle.id() + (muscle.layer().above(shown) ? " is peeled away" : " is drawn") + " with " + shown + " shown");
                assertEquals(muscle.layer() == shown, tappable(robot, muscle.id()), muscle.id() + " tappable with " + shown);
            }
            assertTrue(robot.lookup("#anatomy .shape-bone").queryAll().stream().allMatch(Node::isVisible), "the bones always show");
            assertEquals(shown == Layer.BONE, present(robot, "#bones-card"), "the bones' card with only the bones left");
            assertEquals(shown != Layer.BONE, present(robot, "#tap-prompt"));
        }
        assertEquals(List.of("trapezius", "latissimus-dorsi"), content.muscles().muscles().stream()
                .filter(m -> m.layer() == Layer.SURFACE).map(Muscle::id).toList());
    }

    @Test
    void tappingEachMuscleShowsItsCardAndHighlightAndTappingAgainClears(FxRobot robot) {
        tap(robot, "#musclesTile");
        assertTrue(present(robot, "#tap-prompt"));
        for (Muscle muscle : content.muscles().muscles()) {
            tap(robot, LAYER_BUTTONS.get(muscle.layer()));
            tapRegion(robot, muscle.id());
            assertTrue(present(robot, "#muscle-" + muscle.id()), muscle.id() + " card");
            assertTrue(has(robot, "#region-" + muscle.id(), DrawingView.SELECTED), muscle.id() + " highlighted");
            if (muscle.partOf() != null) {
                assertTrue(present(robot, "#muscle-" + muscle.partOf()), muscle.id() + " shows its group's card too");
                assertTrue(has(robot, "#region-" + muscle.partOf(), DrawingView.LIT), "its group is lit");
            }
            content.muscles().muscles().stream()
                    .filter(other -> other != muscle && other.layer() == muscle.layer() && other.partOf() == null
                            && muscle.partOf() == null && !muscle.id().equals(other.partOf()))
                    .forEach(other -> assertTrue(has(robot, "#region-" + other.id(), DrawingView.DIMMED), other.id() + " dimmed"));
            tapRegion(robot, muscle.id());
            assertTrue(present(robot, "#tap-prompt"), "a second tap clears");
            assertFalse(has(robot, "#region-" + muscle.id(), DrawingView.SELECTED));
        }
    }

    @Test
    void theErectorSpinaeGroupLightsAllThreeColumns(FxRobot robot) {
        tap(robot, "#musclesTile");
        tap(robot, "#middleLayer");
        tapRegion(robot, "erector-spinae");
        for (String column : List.of("erector-spinae", "iliocostalis", "longissimus", "spinalis")) {
            assertTrue(has(robot, "#region-" + column, DrawingView.SELECTED), column);
        }
        assertTrue(has(robot, "#region-multifidi", DrawingView.DIMMED));
        tap(robot, "#deepLayer");
        assertTrue(present(robot, "#tap-prompt"), "a muscle of a peeled layer is no longer chosen");
    }

    @Test
    void theSpineFromTheSideBendsForwardAndLeansBack(FxRobot robot) {
        tap(robot, "#musclesTile");
        org.backcare.kiosk.widget.SpineSideView spine = robot.lookup("#spine-side").queryAs(org.backcare.kiosk.widget.SpineSideView.class);
        javafx.scene.control.Label says = robot.lookup("#spine-says").queryAs(javafx.scene.control.Label.class);
        assertEquals(0, spine.bendProperty().get(), 1e-9, "it starts upright");
        String tall = says.getText();
        tap(robot, "#bendForward");
        KioskUi.waitUntil("bent forward", () -> Math.abs(spine.bendProperty().get() - 1) < 1e-6);
        assertTrue(says.getText().contains("flexion"), says.getText());
        tap(robot, "#leanBack");
        KioskUi.waitUntil("leaning back", () -> Math.abs(spine.bendProperty().get() + 1) < 1e-6);
        assertTrue(says.getText().contains("extension"), says.getText());
        tapRegion(robot, "trapezius");
        assertTrue(robot.lookup("#leanBack").queryAs(ToggleButton.class).isSelected(), "choosing a muscle keeps the spine as it was");
        tap(robot, "#standTall");
        KioskUi.waitUntil("upright", () -> Math.abs(spine.bendProperty().get()) < 1e-6);
        assertEquals(tall, says.getText());
    }

    @Test
    void tappingBesideTheMusclesClears(FxRobot robot) {
        tap(robot, "#musclesTile");
        tapRegion(robot, "trapezius");
        assertTrue(present(robot, "#muscle-trapezius"));
        Node anatomy = robot.lookup("#anatomy").query();
        robot.clickOn(anatomy.localToScreen(anatomy.getLayoutBounds()).getMinX() + 5,
                anatomy.localToScreen(anatomy.getLayoutBounds()).getMinY() + 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(present(robot, "#tap-prompt"));
    }

    @Test
    void tappingEachPainSourceLightsWhereItsPainIsFelt(FxRobot robot) {
        tap(robot, "#causesTile");
        List<PainSource> sources = content.causes().causes().stream().flatMap(c -> c.sources().stream()).toList();
        assertEquals(4, sources.size());
        for (PainSource source : sources) {
            tapRegion(robot, source.id());
            assertTrue(present(robot, "#source-card-" + source.id()), source.id());
            assertTrue(has(robot, "#region-" + source.id(), DrawingView.SELECTED));
            for (String area : source.areas()) {
                assertTrue(has(robot, "#region-" + area, DrawingView.LIT), area + " lit for " + source.id());
            }
            sources.stream().filter(s -> s != source).flatMap(s -> s.areas().stream())
                    .filter(a -> !source.areas().contains(a))
                    .forEach(a -> assertFalse(has(robot, "#region-" + a, DrawingView.LIT), a + " not lit for " + source.id()));
            assertEquals(source.urgency().seeDoctor(), present(robot, "#source-card-" + source.id() + " .urgency-tag"),
                    "organs come with the advice to see a doctor, saying how soon");
            assertEquals(source.urgency() == Urgency.EMERGENCY, present(robot, "#source-card-" + source.id() + " #call-now"),
                    "the heart's card says to call the emergency number");
        }
        // Where clinicians draw each organ's referred pain.
        Map<String, List<String>> drawn = Map.of(
                "source-heart", List.of("area-left-arm", "area-jaw", "area-between-shoulder-blades"),
                "source-kidneys", List.of("area-flank", "area-low-back"),
                "source-lungs", List.of("area-upper-back", "area-shoulder-blade"),
                "source-neck-joints", List.of("area-shoulder-blade", "area-between-shoulder-blades"));
        for (PainSource source : sources) {
            assertEquals(drawn.get(source.id()), source.areas(), source.id());
            for (String area : source.areas()) {
                assertTrue(robot.lookup("#region-" + area + " .shape-area").tryQuery().isPresent(), area + " is drawn");
            }
        }
        Map<String, Urgency> urgency = Map.of("source-heart", Urgency.EMERGENCY, "source-kidneys", Urgency.TODAY,
                "source-lungs", Urgency.TODAY, "source-neck-joints", Urgency.SELF_CARE);
        for (PainSource source : sources) {
            assertEquals(urgency.get(source.id()), source.urgency(), source.id());
            tapRegion(robot, source.id());
            javafx.scene.Node card = robot.lookup("#source-card-" + source.id()).query();
            assertEquals(source.urgency().seeDoctor(), card.getStyleClass().contains(UrgencyLook.styleClass(source.urgency())),
                    source.id() + " has the look of its urgency");
            tapRegion(robot, source.id());
        }
    }

    @Test
    void everyExerciseShowsAFigureWhoseAnimationPausesAndResumes(FxRobot robot) {
        for (var exercise : content.exercises().exercises()) {
            robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage(exercise.id())));
            WaitForAsyncUtils.waitForFxEvents();
            PoseFigure figure = robot.lookup("#figure").queryAs(PoseFigure.class);
            assertTrue(figure.playingProperty().get(), exercise.id() + " plays on opening");
            robot.interact(() -> kiosk.navigator().home());
        }
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("double-knee-to-chest")));
        PoseFigure figure = robot.lookup("#figure").queryAs(PoseFigure.class);
        // the near shin's outline: its first point moves with the knee
        javafx.scene.shape.MoveTo thigh = (javafx.scene.shape.MoveTo) ((javafx.scene.shape.Path) robot
                .lookup("#figure .figure-near-shin").query()).getElements().get(0);
        double before = thigh.getX();
        assertTrue(movesWithin(thigh, before, 5), "the knee moves while playing");

        tap(robot, "#figurePlayPause");
        assertFalse(figure.playingProperty().get());
        double paused = thigh.getX();
        assertTrue(KioskUi.holdsFor(600, () -> Math.abs(thigh.getX() - paused) < 1e-9), "nothing moves while paused");

        tap(robot, "#figurePlayPause");
        assertTrue(figure.playingProperty().get());
        assertTrue(movesWithin(thigh, paused, 5), "it moves on after resuming");

        robot.interact(() -> kiosk.navigator().home());
        assertFalse(figure.playingProperty().get(), "a figure that leaves the screen stops");
    }

    @Test
    void aFigureNeverShownNeverRunsSoItCannotKeepAScreenAlive(FxRobot robot) {
        var exercise = content.exercises().exercises().get(0);
        PoseFigure[] figure = new PoseFigure[1];
        robot.interact(() -> {
            figure[0] = new PoseFigure(exercise.poses(), exercise.prop());
            figure[0].play();
        });
        assertFalse(figure[0].playingProperty().get(), "a timer held by the toolkit would keep it in memory");
        robot.interact(() -> ((javafx.scene.layout.Pane) stage.getScene().getRoot()).getChildren().add(figure[0]));
        assertTrue(figure[0].playingProperty().get(), "it starts once shown");
        robot.interact(() -> ((javafx.scene.layout.Pane) stage.getScene().getRoot()).getChildren().remove(figure[0]));
        assertFalse(figure[0].playingProperty().get());
    }
}
