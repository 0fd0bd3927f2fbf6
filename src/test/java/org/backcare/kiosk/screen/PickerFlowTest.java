package org.backcare.kiosk.screen;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole picker through the real screens: every kind of result, Back, Start over, the timer. */
@ExtendWith(ApplicationExtension.class)
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

    private void assertResult(FxRobot robot, String resultId) {
        assertEquals(content.picker().result(resultId).orElseThrow().title(),
                robot.lookup(".result-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#result-red-flags").tryQuery().isPresent(), "every result reminds of the red flags");
        assertTrue(robot.lookup("#result-reminders").tryQuery().isPresent(), "and of ice and no bed rest");
    }

    @Test
    void sittingHurtsLeadsToExtensionExercises(FxRobot robot) {
        tap(robot, "#pickerTile");
        assertEquals(questionText("red-flags"), question(robot));
        assertEquals("Question 1 of up to 6", robot.lookup(".card-tag").queryAs(Label.class).getText());
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
        choose(robot, "rf-none");
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
    void aRedFlagEndsAtSeeADoctorWithTheReasonAndTodayForBowelChanges(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "rf-leg-numbness", "rf-bowel-bladder");
        assertResult(robot, "result-doctor-red-flags");
        String summary = robot.lookup("#result-summary .list-text").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertTrue(summary.contains("Numbness or weakness in your legs") && summary.contains("bowel or bladder"), summary);
        assertTrue(robot.lookup("#result-summary .danger-tag").queryAs(Label.class).getText().contains("today"));
    }

    @Test
    void aStrainAndAnUnchangingPainEachGetTheirResult(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "rf-none");
        choose(robot, "worse-muscle");
        choose(robot, "better-rest");
        assertResult(robot, "result-strain");
        tap(robot, "#startOver");
        choose(robot, "rf-none");
        choose(robot, "worse-nothing");
        choose(robot, "better-nothing");
        assertResult(robot, "result-doctor-organ");
    }

    @Test
    void conflictingAnswersGetAFollowUpQuestion(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "rf-none");
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
        tap(robot, "#answer-rf-night-pain");
        assertFalse(next.isDisabled());
        tap(robot, "#answer-rf-none");
        assertFalse(robot.lookup("#answer-rf-night-pain").queryAs(ToggleButton.class).isSelected());
        tap(robot, "#answer-rf-groin");
        assertFalse(robot.lookup("#answer-rf-none").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void backAndStartOverWorkAtEveryStep(FxRobot robot) {
        tap(robot, "#pickerTile");
        choose(robot, "rf-none");
        choose(robot, "worse-standing");
        choose(robot, "better-sitting");
        tap(robot, "#answer-bone-no");
        String[] questionsBack = {"bone-safety", "better", "worse", "red-flags"};
        for (String id : questionsBack) {
            tap(robot, "#backButton");
            assertEquals(questionText(id), question(robot), "Back returns to " + id);
        }
        tap(robot, "#backButton");
        assertEquals(Route.HOME, kiosk.navigator().current());

        // Start over from each step, including the result.
        for (int depth = 0; depth <= 4; depth++) {
            tap(robot, "#pickerTile");
            String[][] steps = {{"rf-none"}, {"worse-standing"}, {"better-sitting"}};
            for (int i = 0; i < Math.min(depth, 3); i++) {
                choose(robot, steps[i]);
            }
            if (depth == 4) {
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
        choose(robot, "rf-none");
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
        waitForTick();
        assertEquals("45", label(robot, "#countdown"));
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(30));
        waitForTick();
        assertEquals("45", label(robot, "#countdown"), "paused: the countdown stands still");
        assertTrue(robot.lookup("#stop-rule").query().isVisible(), "the stop rule stays in view during the exercise");
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(45));
        waitForTick();
        assertEquals("All done. Well done!", label(robot, "#timerStatus"));
        assertTrue(robot.lookup("#startPause").queryAs(Button.class).isDisabled());
        tap(robot, "#resetTimer");
        assertEquals("60", label(robot, "#countdown"));
        assertEquals("Repetition 1 of 1", label(robot, "#repetition"));
        tap(robot, "#backButton");
        assertResult(robot, "result-extension");
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The timeline ticks every 100 ms on real time and reads the test clock. */
    private static void waitForTick() {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
