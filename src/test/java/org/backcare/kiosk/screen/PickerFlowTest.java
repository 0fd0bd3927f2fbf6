package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.time.Duration;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole picker through the real screens: every kind of result, Back, Start over, the timer. */
@UiTest
class PickerFlowTest {

    private final TestClock clock = new TestClock();
    private Kiosk kiosk;
    private Content content;

    @Start
    void start(Stage stage) {
        kiosk = KioskUi.show(stage, 1920, 1080, clock);
        content = kiosk.content();
    }

    private String question(FxRobot robot) {
        return robot.lookup(".question-text").queryAs(Label.class).getText();
    }

    private String questionText(String id) {
        return content.picker().question(id).orElseThrow().text();
    }

    /** Taps the answers of a multiple-choice question, then Next. */
    private void choose(FxRobot robot, String... answerIds) {
        for (String id : answerIds) {
            tap(robot, "#answer-" + id);
        }
        tap(robot, "#nextButton");
    }

    /** "None of these" to both safety questions. */
    private void noWarningSigns(FxRobot robot) {
        choose(robot, "em-none");
        choose(robot, "rf-none");
    }

    private void assertResult(FxRobot robot, String resultId) {
        PickerResult result = content.picker().result(resultId).orElseThrow();
        assertEquals(result.title(), robot.lookup(".result-title").queryAs(Label.class).getText());
        assertEquals(result.urgency() != Urgency.EMERGENCY, present(robot, "#result-red-flags"),
                "every result but an emergency reminds of the red flags");
        assertEquals(!result.urgency().seeDoctor(), present(robot, "#result-reminders"),
                "ice and no bed rest only beside self-care, never beside 'see a doctor'");
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void sittingHurtsLeadsToExtensionExercises(FxRobot robot) {
        tap(robot, "#pickerTile");
        assertEquals(questionText("emergency-signs"), question(robot));
        assertEquals("Question 1 of up to 8", robot.lookup(".card-tag").queryAs(Label.class).getText());
        choose(robot, "em-none");
        assertEquals(questionText("red-flags"), question(robot));
        choose(robot, "rf-none");
        assertEquals(questionText("worse"), question(robot));
        choose(robot, "worse-sitting");
        choose(robot, "better-walking");
        assertResult(robot, "result-extension");
        assertTrue(robot.lookup("#walkthrough-press-up").tryQuery().isPresent());
        assertFalse(robot.lookup("#walkthrough-double-knee-to-chest").tryQuery().isPresent(), "no flexion for this pattern");
    }

    @Test
    void standingHurtsAsksAboutBonesThenGivesFlexionOrAskFirst(FxRobot robot) {
        tap(robot, "#pickerTile");
        noWarningSigns(robot);
        choose(robot, "worse-standing");
        choose(robot, "better-sitting");
        assertEquals(questionText("bone-safety"), question(robot));
        tap(robot, "#answer-bone-no");
        assertResult(robot, "result-flexion");
        assertTrue(robot.lookup("#walkthrough-double-knee-to-chest").tryQuery().isPresent());
        tap(robot, "#backButton");
        tap(robot, "#answer-bone-yes");
        assertResult(robot, "result-flexion-ask-first");
        assertFalse(robot.lookup("#result-exercises").tryQuery().isPresent(), "no flexion list without a check");
    }

    @Test
    void anEmergencySignEndsAtCallTheNumberWithNothingElseBesideIt(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "em-both-legs");
        assertResult(robot, "result-emergency");
        assertEquals("Call 911 now", robot.lookup("#call-now").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#result-summary").query().getStyleClass().contains("urgency-emergency"));
        assertEquals("Emergency: get help now", robot.lookup("#result-summary .urgency-tag").queryAs(Label.class).getText());
        String summary = robot.lookup("#result-summary .list-text").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertTrue(summary.contains("both legs") && summary.contains("Call 911 now, or have someone"), summary);
        for (String other : new String[] {"#result-advice", "#result-exercises", "#result-favour", "#result-reminders"}) {
            assertFalse(present(robot, other), "an emergency shows nothing beside it: " + other);
        }
    }

    @Test
    void aWarningSignEndsAtSeeADoctorWithTheReasonsAndHowSoon(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "em-none");
        choose(robot, "rf-leg-numbness", "rf-fever");
        assertResult(robot, "result-doctor-today");
        String summary = robot.lookup("#result-summary .list-text").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertTrue(summary.contains("tingling or weakness in one leg") && summary.contains("fever"), summary);
        assertEquals("See a doctor today", robot.lookup("#result-summary .urgency-tag").queryAs(Label.class).getText());
        assertFalse(present(robot, "#result-exercises"));
    }

    @Test
    void aStrainAndAnUnchangingPainEachGetTheirResult(FxRobot robot) {
        tap(robot, "#pickerTile");
        noWarningSigns(robot);
        choose(robot, "worse-muscle");
        choose(robot, "better-rest");
        assertEquals(questionText("bone-safety"), question(robot), "a knee-to-chest stretch may follow: bones first");
        tap(robot, "#answer-bone-no");
        assertResult(robot, "result-strain");
        tap(robot, "#startOver");
        noWarningSigns(robot);
        choose(robot, "worse-nothing");
        choose(robot, "better-nothing");
        assertResult(robot, "result-doctor-organ");
    }

    @Test
    void conflictingAnswersGetAFollowUpQuestion(FxRobot robot) {
        tap(robot, "#pickerTile");
        noWarningSigns(robot);
        choose(robot, "worse-sitting", "worse-standing");
        choose(robot, "better-nothing");
        assertEquals(questionText("relief"), question(robot));
        tap(robot, "#answer-relief-neither");
        assertResult(robot, "result-unclear");
    }

    @Test
    void noneOfTheseStandsAloneAndNextWaitsForAChoice(FxRobot robot) {
        tap(robot, "#pickerTile");
        Button next = robot.lookup("#nextButton").queryAs(Button.class);
        assertTrue(next.isDisabled());
        tap(robot, "#answer-em-groin");
        assertFalse(next.isDisabled());
        tap(robot, "#answer-em-none");
        assertFalse(robot.lookup("#answer-em-groin").queryAs(ToggleButton.class).isSelected());
        tap(robot, "#answer-em-both-legs");
        assertFalse(robot.lookup("#answer-em-none").queryAs(ToggleButton.class).isSelected());
        tap(robot, "#answer-em-unsure");
        assertFalse(robot.lookup("#answer-em-both-legs").queryAs(ToggleButton.class).isSelected(), "'Not sure' stands alone too");
    }

    @Test
    void backAndStartOverWorkAtEveryStep(FxRobot robot) {
        tap(robot, "#pickerTile");
        noWarningSigns(robot);
        choose(robot, "worse-standing");
        choose(robot, "better-sitting");
        tap(robot, "#answer-bone-no");
        String[] questionsBack = {"bone-safety", "better", "worse", "red-flags", "emergency-signs"};
        for (String id : questionsBack) {
            tap(robot, "#backButton");
            assertEquals(questionText(id), question(robot), "Back returns to " + id);
        }
        tap(robot, "#backButton");
        assertEquals(Route.HOME, kiosk.navigator().current());

        // Start over from each step, including the result.
        for (int depth = 0; depth <= 5; depth++) {
            tap(robot, "#pickerTile");
            String[][] steps = {{"em-none"}, {"rf-none"}, {"worse-standing"}, {"better-sitting"}};
            for (int i = 0; i < Math.min(depth, 4); i++) {
                choose(robot, steps[i]);
            }
            if (depth == 5) {
                tap(robot, "#answer-bone-no");
            }
            tap(robot, "#startOver");
            assertEquals(new Route.PickerStep(Answers.NONE), kiosk.navigator().current(), "start over at depth " + depth);
            tap(robot, "#backButton");
            assertEquals(Route.HOME, kiosk.navigator().current(), "after Start over, Back leads Home");
        }
    }

    @Test
    void theWalkthroughShowsTheStopRuleStepsAndATimerThatCountsDownAndPauses(FxRobot robot) {
        tap(robot, "#pickerTile");
        noWarningSigns(robot);
        choose(robot, "worse-sitting");
        choose(robot, "better-walking");
        tap(robot, "#walkthrough-prone-on-elbows");
        assertInstanceOf(Route.Walkthrough.class, kiosk.navigator().current());
        assertTrue(robot.lookup("#stop-rule").query().isVisible(), "the stop rule is shown before starting");
        assertEquals("Step 1 of 4", label(robot, "#stepNumber"));
        tap(robot, "#nextStep");
        assertEquals("Step 2 of 4", label(robot, "#stepNumber"));
        tap(robot, "#previousStep");
        assertEquals("Step 1 of 4", label(robot, "#stepNumber"));

        assertEquals("60", label(robot, "#countdown"));
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(15));
        KioskUi.waitUntil("the countdown at 45", () -> "45".equals(label(robot, "#countdown")));
        assertEquals("45", label(robot, "#countdown"));
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(KioskUi.holdsFor(300, () -> "45".equals(label(robot, "#countdown"))), "three ticks paused");
        assertEquals("45", label(robot, "#countdown"), "paused: the countdown stands still");
        assertTrue(robot.lookup("#stop-rule").query().isVisible(), "the stop rule stays in view during the exercise");
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(45));
        KioskUi.waitUntil("the timer done", () -> label(robot, "#timerStatus").startsWith("All done"));
        assertEquals("All done. Well done!", label(robot, "#timerStatus"));
        assertTrue(robot.lookup("#startPause").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#donePanel").query().isVisible(), "what to do next");
        tap(robot, "#again");
        assertEquals("60", label(robot, "#countdown"));
        assertEquals("Repetition 1 of 1", label(robot, "#repetition"));
        tap(robot, "#backButton");
        assertResult(robot, "result-extension");
    }

    @Test
    void aFlexionExercisePageAsksTheBoneQuestionBeforeItsWalkthrough(FxRobot robot) {
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("double-knee-to-chest")));
        tap(robot, "#start-walkthrough");
        assertInstanceOf(Route.ExercisePage.class, kiosk.navigator().current(), "not straight into the walkthrough");
        assertTrue(present(robot, "#bone-check"));
        tap(robot, "#bone-bone-unsure");
        assertTrue(present(robot, "#ask-first"), "not sure: ask a clinician first");
        assertInstanceOf(Route.ExercisePage.class, kiosk.navigator().current());
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("pelvic-tilt")));
        tap(robot, "#start-walkthrough");
        tap(robot, "#bone-bone-no");
        assertEquals(new Route.Walkthrough("pelvic-tilt"), kiosk.navigator().current());
        robot.interact(() -> kiosk.navigator().go(new Route.ExercisePage("press-up")));
        tap(robot, "#start-walkthrough");
        assertEquals(new Route.Walkthrough("press-up"), kiosk.navigator().current(), "extension: no bone question");
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
