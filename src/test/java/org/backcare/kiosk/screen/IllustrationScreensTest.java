package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Content;
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
import java.util.concurrent.TimeUnit;

import static org.backcare.kiosk.screen.KioskUi.tap;
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

    @Test
    void tappingEachMuscleShowsItsCardAndHighlightAndTappingAgainClears(FxRobot robot) {
        tap(robot, "#musclesTile");
        assertTrue(present(robot, "#tap-prompt"));
        for (Muscle muscle : content.muscles().muscles()) {
            String layerButton = muscle.layer() == org.backcare.kiosk.content.Layer.DEEP ? "#deepLayer" : "#superficialLayer";
            tap(robot, layerButton);
            tap(robot, "#region-" + muscle.id());
            assertTrue(present(robot, "#muscle-" + muscle.id()), muscle.id() + " card");
            assertTrue(has(robot, "#region-" + muscle.id(), DrawingView.SELECTED), muscle.id() + " highlighted");
            content.muscles().muscles().stream().filter(m -> m != muscle).forEach(other ->
                    assertTrue(has(robot, "#region-" + other.id(), DrawingView.DIMMED), other.id() + " dimmed"));
            tap(robot, "#region-" + muscle.id());
            assertTrue(present(robot, "#tap-prompt"), "a second tap clears");
            assertFalse(has(robot, "#region-" + muscle.id(), DrawingView.SELECTED));
        }
    }

    @Test
    void theLayerToggleChangesWhatIsShownAndWhatCanBeTapped(FxRobot robot) {
        tap(robot, "#musclesTile");
        Node anatomy = robot.lookup("#anatomy").query();
        assertTrue(anatomy.getStyleClass().contains("show-superficial"));
        assertFalse(robot.lookup("#region-erector-spinae").query().isMouseTransparent());
        assertTrue(robot.lookup("#region-multifidi").query().isMouseTransparent());
        tap(robot, "#region-erector-spinae");
        tap(robot, "#deepLayer");
        assertTrue(anatomy.getStyleClass().contains("show-deep"));
        assertFalse(anatomy.getStyleClass().contains("show-superficial"));
        assertTrue(robot.lookup("#region-erector-spinae").query().isMouseTransparent());
        assertFalse(robot.lookup("#region-multifidi").query().isMouseTransparent());
        assertTrue(present(robot, "#tap-prompt"), "a muscle of the hidden layer is no longer selected");
    }

    @Test
    void tappingBesideTheMusclesClears(FxRobot robot) {
        tap(robot, "#musclesTile");
        tap(robot, "#region-erector-spinae");
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
            tap(robot, "#region-" + source.id());
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
        assertEquals(List.of("area-left-arm", "area-jaw"), sources.stream()
                .filter(s -> s.id().equals("source-heart")).findFirst().orElseThrow().areas());
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
