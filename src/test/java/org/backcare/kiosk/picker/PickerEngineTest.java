package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled decision table, row by row, and the engine's exploration of every path. */
class PickerEngineTest {

    private static Content content;
    private static PickerEngine engine;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(new BundledContent()).content().get("en");
        engine = new PickerEngine(content.picker(), content.exercises());
    }

    /** Answers questions in order; each argument is "question=answer,answer". */
    private static Answers answers(String... steps) {
        Answers answers = Answers.NONE;
        for (String step : steps) {
            String[] parts = step.split("=");
            Step next = engine.next(answers);
            assertInstanceOf(Step.Ask.class, next, "expected a question before " + step);
            assertEquals(parts[0], ((Step.Ask) next).question().id(), "the question asked");
            answers = answers.with(parts[0], List.of(parts[1].split(",")));
        }
        return answers;
    }

    private static Step.Finish finish(String... steps) {
        Step step = engine.next(answers(steps));
        return assertInstanceOf(Step.Finish.class, step);
    }

    private static String asks(String... steps) {
        return ((Step.Ask) assertInstanceOf(Step.Ask.class, engine.next(answers(steps)))).question().id();
    }

    private static final String NO_SIGNS_1 = "emergency-signs=em-none";
    private static final String NO_SIGNS_2 = "red-flags=rf-none";

    private static List<String> offered(Step.Finish f) {
        return f.exercises();
    }

    @Test
    void theEmergencySignsComeFirstThenTheOtherWarningSigns() {
        assertEquals("emergency-signs", asks());
        assertEquals("red-flags", asks(NO_SIGNS_1));
        assertEquals("worse", asks(NO_SIGNS_1, NO_SIGNS_2));
        assertEquals("better", asks(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting"));
    }

    @Test
    void anEmergencySignEndsAtTheEmergencyResultWithNothingToTry() {
        for (String sign : List.of("em-bowel-bladder", "em-groin", "em-both-legs", "em-groin,em-both-legs")) {
            Step.Finish f = finish("emergency-signs=" + sign);
            assertEquals("result-emergency", f.result().id(), sign);
            assertEquals(Urgency.EMERGENCY, f.result().urgency());
            assertEquals(List.of(sign.split(",")), f.reasons().stream().map(Answer::id).toList());
            assertTrue(offered(f).isEmpty());
            assertTrue(String.join(" ", f.result().advice()).contains("{emergencyNumber}"), "names the number to call");
        }
    }

    @Test
    void notSureAboutTheEmergencySignsMeansAskSomeoneToday() {
        Step.Finish f = finish("emergency-signs=em-unsure");
        assertEquals(Urgency.TODAY, f.result().urgency());
        assertTrue(offered(f).isEmpty());
    }

    @Test
    void aWarningSignEndsAtADoctorAsSoonAsItsMostUrgentSign() {
        Step.Finish night = finish(NO_SIGNS_1, "red-flags=rf-night-pain");
        assertEquals("result-doctor-today", night.result().id());
        assertEquals(Urgency.TODAY, night.result().urgency(), "night pain is 'today' wherever it appears");
        Step.Finish leg = finish(NO_SIGNS_1, "red-flags=rf-leg-numbness");
        assertEquals(Urgency.SOON, leg.result().urgency());
        assertEquals(List.of("rf-leg-numbness"), leg.reasons().stream().map(Answer::id).toList());
        Step.Finish both = finish(NO_SIGNS_1, "red-flags=rf-cancer,rf-fever");
        assertEquals(Urgency.TODAY, both.result().urgency(), "the most urgent sign decides");
        assertEquals(List.of("rf-fever", "rf-cancer"), both.reasons().stream().map(Answer::id).toList());
        assertTrue(offered(both).isEmpty());
    }

    @Test
    void theGuidelinesWarningSignsAreAskedAfterTheArticlesOwn() {
        List<String> answers = content.picker().question("red-flags").orElseThrow().answers().stream()
                .map(Answer::id).toList();
        assertEquals(List.of("rf-night-pain", "rf-leg-numbness", "rf-not-improving", "rf-fever", "rf-weight-loss",
                "rf-cancer", "rf-injury", "rf-steroids", "rf-none", "rf-unsure"), answers);
    }

    @Test
    void notSureAboutTheWarningSignsMeansAskADoctorSoonBeforeExercising() {
        Step.Finish f = finish(NO_SIGNS_1, "red-flags=rf-unsure");
        assertEquals("result-doctor-check-flags", f.result().id());
        assertEquals(Urgency.SOON, f.result().urgency());
        assertTrue(offered(f).isEmpty());
    }

    @Test
    void worseSittingDrivingBendingMeansExtensionAndWalking() {
        Step.Finish f = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting", "better=better-walking");
        assertEquals("result-extension", f.result().id());
        assertEquals(Direction.EXTENSION, f.result().direction());
        assertTrue(offered(f).stream().allMatch(id ->
                content.exercises().exercise(id).orElseThrow().direction() != Direction.FLEXION));
        assertTrue(offered(f).contains("walking-and-changing-position"));
        assertTrue(offered(f).contains("standing-back-bend"));
        assertTrue(f.result().pattern().contains("may be related"), "hedged, not a diagnosis");
    }

    @Test
    void worseStandingBetterSittingAsksAboutBonesThenGivesFlexion() {
        assertEquals("bone-safety", asks(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-sitting"));
        Step.Finish f = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-sitting", "bone-safety=bone-no");
        assertEquals("result-flexion", f.result().id());
        assertTrue(offered(f).contains("double-knee-to-chest"));
        assertTrue(f.result().pattern().contains("may be related"));
    }

    @Test
    void osteoporosisOrAFallOrNotSureLeadsToAskFirstInsteadOfTheFlexionList() {
        for (String answer : List.of("bone-yes", "bone-unsure")) {
            Step.Finish f = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-sitting", "bone-safety=" + answer);
            assertEquals("result-flexion-ask-first", f.result().id());
            assertTrue(offered(f).isEmpty(), "no flexion exercises without a check");
            assertEquals(Urgency.ROUTINE, f.result().urgency());
        }
    }

    @Test
    void answersThatContradictTheDirectionGetNoDirection() {
        // Sitting and bending hurt, standing too, but sitting gives more relief: bending forward was
        // said to hurt, so no "bending forward may help", however the relief question was answered.
        assertEquals("result-unclear", finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting,worse-standing",
                "better=better-sitting", "relief=relief-sitting").result().id());
        // Standing hurts but walking helps more: no bending backward either.
        assertEquals("result-unclear", finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting,worse-standing",
                "better=better-nothing", "relief=relief-walking").result().id());
    }

    @Test
    void noExerciseIsOfferedWhoseCautionsMatchTheAnswers() {
        // Sitting hurts and also eases it, and sitting gives more relief: the knee-to-chest stretches
        // and the seated bend (whose cautions are pain with sitting and bending) are not offered.
        Step.Finish strain = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-muscle,worse-standing", "better=better-rest",
                "muscle-or-position=pm-muscle", "bone-safety=bone-no");
        assertEquals("result-strain", strain.result().id());
        assertFalse(offered(strain).contains("walking-and-changing-position"),
                "walking is not offered to someone whom walking makes worse: " + offered(strain));
        assertTrue(strain.result().exercises().contains("walking-and-changing-position"), "the result lists it for others");
        Step.Finish sitting = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-muscle,worse-sitting", "better=better-rest",
                "muscle-or-position=pm-muscle", "bone-safety=bone-no");
        assertFalse(offered(sitting).contains("single-knee-to-chest"), offered(sitting)::toString);
    }

    @Test
    void aStrainIsAskedTheBoneQuestionBeforeAKneeToChestStretch() {
        String[] strain = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-muscle", "better=better-rest"};
        assertEquals("bone-safety", asks(strain));
        Step.Finish cleared = finish(append(strain, "bone-safety=bone-no"));
        assertEquals("result-strain", cleared.result().id());
        assertTrue(offered(cleared).contains("single-knee-to-chest"));
        assertTrue(String.join(" ", cleared.result().advice()).toLowerCase().contains("ice"));
        Step.Finish notCleared = finish(append(strain, "bone-safety=bone-yes"));
        assertEquals("result-strain-gentle", notCleared.result().id());
        assertEquals(List.of("walking-and-changing-position"), offered(notCleared));
    }

    @Test
    void oneMuscleTogetherWithAPositionAsksWhichItIsRatherThanGuessing() {
        String[] mixed = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-muscle", "better=better-walking"};
        assertEquals("muscle-or-position", asks(mixed));
        assertEquals("bone-safety", asks(append(mixed, "muscle-or-position=pm-muscle")));
        assertEquals("result-strain", finish(append(mixed, "muscle-or-position=pm-muscle", "bone-safety=bone-no")).result().id());
        assertEquals("result-extension", finish(append(mixed, "muscle-or-position=pm-position")).result().id());
        assertEquals("result-unclear", finish(append(mixed, "muscle-or-position=pm-unsure")).result().id());
    }

    @Test
    void nothingChangesItMeansSeeADoctorToday() {
        Step.Finish f = finish(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-nothing", "better=better-nothing");
        assertEquals("result-doctor-organ", f.result().id());
        assertEquals(Urgency.TODAY, f.result().urgency());
        assertTrue(offered(f).isEmpty());
    }

    @Test
    void worseBothSittingAndWalkingAsksWhichGivesMoreRelief() {
        String[] both = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting,worse-standing", "better=better-nothing"};
        assertEquals("relief", asks(both));
        assertEquals("result-unclear", finish(append(both, "relief=relief-walking")).result().id(), "standing hurts");
        assertEquals("result-unclear", finish(append(both, "relief=relief-sitting")).result().id(), "bending hurts");
        String[] sittingBoth = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-sitting,better-walking"};
        assertEquals("bone-safety", asks(append(sittingBoth, "relief=relief-sitting")));
        assertEquals("result-flexion", finish(append(sittingBoth, "relief=relief-sitting", "bone-safety=bone-no")).result().id());
        String[] walkingBoth = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting", "better=better-sitting,better-walking"};
        assertEquals("result-extension", finish(append(walkingBoth, "relief=relief-walking")).result().id());
        assertEquals("result-unclear", finish(append(both, "relief=relief-neither")).result().id());
        assertEquals("result-unclear", finish(append(both, "relief=relief-unsure")).result().id());
    }

    @Test
    void worseAndBetterWithTheSamePositionAsksToo() {
        assertEquals("relief", asks(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-sitting", "better=better-sitting"));
        assertEquals("relief", asks(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-walking"));
    }

    @Test
    void nothingChangesItTogetherWithSomethingThatEasesItAsksAgainWhichIsTrue() {
        String[] mixed = {NO_SIGNS_1, NO_SIGNS_2, "worse=worse-nothing", "better=better-walking"};
        assertEquals("nothing-check", asks(mixed));
        assertEquals("result-doctor-organ", finish(append(mixed, "nothing-check=nothing-true")).result().id());
        assertEquals("result-extension", finish(append(mixed, "nothing-check=nothing-positions")).result().id());
        assertEquals("result-unclear", finish(append(mixed, "nothing-check=nothing-unsure")).result().id());
    }

    @Test
    void everyQuestionOffersNotSure() {
        for (var question : content.picker().questions()) {
            assertTrue(question.answers().stream().anyMatch(a -> a.id().endsWith("-unsure")), question.id());
        }
    }

    @Test
    void everyWayThroughReachesAResultAndEveryResultIsReached() {
        Set<String> reached = new HashSet<>();
        List<Answers> deadEnds = new ArrayList<>();
        int[] paths = {0};
        engine.explore(Answers.NONE, (answers, step) -> {
            paths[0]++;
            if (step instanceof Step.Finish f) {
                reached.add(f.result().id());
                boolean flexion = f.exercises().stream().anyMatch(id ->
                        content.exercises().exercise(id).orElseThrow().direction() == Direction.FLEXION);
                if (flexion) {
                    assertTrue(answers.of("bone-safety").contains("bone-no"), "no flexion exercise without 'No' to the bone question");
                }
            } else {
                deadEnds.add(answers);
            }
        });
        assertEquals(List.of(), deadEnds);
        assertEquals(content.picker().results().size(), reached.size(), reached::toString);
        assertTrue(paths[0] > 700, "all combinations explored: " + paths[0]);
    }

    /**
     * The engine keeps the rules as numbers for speed; every step of every way through must be
     * what reading the rules as written gives.
     */
    @Test
    void everyStepIsWhatReadingTheRulesAsWrittenGives() {
        Set<String> results = new HashSet<>();
        int[] steps = {0};
        engine.explore(Answers.NONE, (end, step) -> {
            Answers sofar = Answers.NONE;
            for (var e : end.byQuestion().entrySet()) {
                assertEquals(readTheRules(sofar), describe(engine.next(sofar)), sofar::toString);
                sofar = sofar.with(e.getKey(), e.getValue());
                steps[0]++;
            }
            assertEquals(readTheRules(end), describe(step), end::toString);
            if (step instanceof Step.Finish f) {
                results.add(f.result().id());
            }
        });
        assertTrue(steps[0] > 3000, "steps checked: " + steps[0]);
        PickerEngine.Reach reach = engine.reach(Answers.NONE);
        assertEquals(results, reach.results());
        assertEquals(List.of(), reach.deadEnds());
    }

    /** The decision table read top to bottom, in words, straight from the content. */
    private static String readTheRules(Answers answers) {
        for (var rule : content.picker().rules()) {
            if (rule.when().holdsFor(answers.chosen())) {
                if (rule.ask() != null && !answers.answered(rule.ask())) {
                    return "ask " + rule.ask();
                }
                if (rule.ask() == null && rule.result() != null) {
                    return "result " + rule.result();
                }
            }
        }
        return "dead end";
    }

    private static String describe(Step step) {
        if (step instanceof Step.Ask ask) {
            return "ask " + ask.question().id();
        }
        return step instanceof Step.Finish f ? "result " + f.result().id() : "dead end";
    }

    @Test
    void possibleAnswersKeepAnExclusiveAnswerAlone() {
        List<Set<String>> sets = PickerEngine.possibleAnswers(content.picker().question("red-flags").orElseThrow());
        assertEquals(257, sets.size(), "255 combinations of eight signs, plus 'None of these' and 'Not sure'");
        assertTrue(sets.contains(Set.of("rf-none")));
        assertFalse(sets.stream().anyMatch(s -> s.size() > 1 && (s.contains("rf-none") || s.contains("rf-unsure"))));
        List<Set<String>> better = PickerEngine.possibleAnswers(content.picker().question("better").orElseThrow());
        assertTrue(better.contains(Set.of("better-nothing")));
        assertFalse(better.stream().anyMatch(s -> s.size() > 1 && s.contains("better-nothing")),
                "'Nothing makes it better' excludes the other answers");
        assertEquals(4, PickerEngine.possibleAnswers(content.picker().question("relief").orElseThrow()).size());
    }

    @Test
    void progressCountsTheLongestWayLeft() {
        assertEquals(8, engine.mostQuestionsLeft(Answers.NONE));
        assertEquals(0, engine.mostQuestionsLeft(answers("emergency-signs=em-groin")));
        assertEquals(1, engine.mostQuestionsLeft(answers(NO_SIGNS_1, NO_SIGNS_2, "worse=worse-standing", "better=better-sitting")));
    }

    @Test
    void anExampleWayReachesEachResult() {
        for (var result : content.picker().results()) {
            Answers example = engine.exampleAnswersFor(result.id()).orElseThrow();
            assertEquals(result.id(), ((Step.Finish) engine.next(example)).result().id());
        }
    }

    private static String[] append(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
