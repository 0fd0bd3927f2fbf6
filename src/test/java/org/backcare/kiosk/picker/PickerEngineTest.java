package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.ResultNote;
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
        engine = new PickerEngine(content.picker());
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

    @Test
    void redFlagsComeFirst() {
        assertEquals("red-flags", asks());
    }

    @Test
    void anyRedFlagEndsAtSeeADoctorNamingIt() {
        Step.Finish f = finish("red-flags=rf-leg-numbness");
        assertEquals("result-doctor-red-flags", f.result().id());
        assertEquals(List.of("rf-leg-numbness"), f.reasons().stream().map(Answer::id).toList());
        assertTrue(f.notes().isEmpty(), "leg numbness: see a doctor, not necessarily today");
        assertTrue(f.result().exercises().isEmpty());
    }

    @Test
    void severalRedFlagsAreAllNamedAndBowelOrGroinMeansToday() {
        Step.Finish f = finish("red-flags=rf-night-pain,rf-groin,rf-not-improving");
        assertEquals(List.of("rf-night-pain", "rf-groin", "rf-not-improving"), f.reasons().stream().map(Answer::id).toList());
        assertEquals(1, f.notes().size());
        ResultNote today = f.notes().get(0);
        assertTrue(today.urgent() && today.text().contains("today"));
        assertEquals(1, finish("red-flags=rf-bowel-bladder").notes().size());
    }

    @Test
    void noRedFlagsGoesOnToWhatMakesItWorseThenBetter() {
        assertEquals("worse", asks("red-flags=rf-none"));
        assertEquals("better", asks("red-flags=rf-none", "worse=worse-sitting"));
    }

    @Test
    void worseSittingDrivingBendingMeansExtensionAndWalking() {
        Step.Finish f = finish("red-flags=rf-none", "worse=worse-sitting", "better=better-walking");
        assertEquals("result-extension", f.result().id());
        assertEquals(Direction.EXTENSION, f.result().direction());
        assertTrue(f.result().exercises().stream().allMatch(id ->
                content.exercises().exercise(id).orElseThrow().direction() != Direction.FLEXION));
        assertTrue(f.result().exercises().contains("walking-and-changing-position"));
        assertTrue(f.result().pattern().contains("often linked"), "hedged, not a diagnosis");
    }

    @Test
    void worseStandingBetterSittingAsksAboutBonesThenGivesFlexion() {
        assertEquals("bone-safety", asks("red-flags=rf-none", "worse=worse-standing", "better=better-sitting"));
        Step.Finish f = finish("red-flags=rf-none", "worse=worse-standing", "better=better-sitting", "bone-safety=bone-no");
        assertEquals("result-flexion", f.result().id());
        assertTrue(f.result().exercises().contains("double-knee-to-chest"));
        assertTrue(f.result().pattern().contains("may be related"));
    }

    @Test
    void osteoporosisOrAFallOrNotSureLeadsToAskFirstInsteadOfTheFlexionList() {
        for (String answer : List.of("bone-yes", "bone-unsure")) {
            Step.Finish f = finish("red-flags=rf-none", "worse=worse-standing", "better=better-sitting", "bone-safety=" + answer);
            assertEquals("result-flexion-ask-first", f.result().id());
            assertTrue(f.result().exercises().isEmpty(), "no flexion exercises without a check");
            assertEquals(Urgency.SEE_DOCTOR, f.result().urgency());
        }
    }

    @Test
    void painMovingOneMuscleBetterAtRestIsCareForAStrain() {
        Step.Finish f = finish("red-flags=rf-none", "worse=worse-muscle", "better=better-rest");
        assertEquals("result-strain", f.result().id());
        assertTrue(String.join(" ", f.result().advice()).toLowerCase().contains("ice"));
    }

    @Test
    void nothingChangesItMeansSeeADoctor() {
        assertEquals("result-doctor-organ", finish("red-flags=rf-none", "worse=worse-nothing", "better=better-nothing").result().id());
        assertEquals(Urgency.TODAY, content.picker().result("result-doctor-organ").orElseThrow().urgency());
    }

    @Test
    void worseBothSittingAndWalkingAsksWhichGivesMoreRelief() {
        String[] both = {"red-flags=rf-none", "worse=worse-sitting,worse-standing", "better=better-nothing"};
        assertEquals("relief", asks(both));
        assertEquals("result-extension", finish(append(both, "relief=relief-walking")).result().id());
        assertEquals("bone-safety", asks(append(both, "relief=relief-sitting")));
        assertEquals("result-flexion", finish(append(both, "relief=relief-sitting", "bone-safety=bone-no")).result().id());
        assertEquals("result-unclear", finish(append(both, "relief=relief-neither")).result().id());
    }

    @Test
    void worseAndBetterWithTheSamePositionAsksToo() {
        assertEquals("relief", asks("red-flags=rf-none", "worse=worse-sitting", "better=better-sitting"));
        assertEquals("relief", asks("red-flags=rf-none", "worse=worse-standing", "better=better-walking"));
    }

    @Test
    void nothingChangesItTogetherWithAPositionAsksAgainWhichIsTrue() {
        String[] mixed = {"red-flags=rf-none", "worse=worse-nothing,worse-sitting", "better=better-walking"};
        assertEquals("nothing-check", asks(mixed));
        assertEquals("result-doctor-organ", finish(append(mixed, "nothing-check=nothing-true")).result().id());
        assertEquals("result-extension", finish(append(mixed, "nothing-check=nothing-positions")).result().id());
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
                if (f.result().id().startsWith("result-flexion")) {
                    assertTrue(answers.answered("bone-safety"), "bones are asked about before any flexion result");
                }
            } else {
                deadEnds.add(answers);
            }
        });
        assertEquals(List.of(), deadEnds);
        assertEquals(content.picker().results().size(), reached.size(), reached::toString);
        assertTrue(paths[0] > 900, "all combinations explored: " + paths[0]);
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
        assertEquals(32, sets.size(), "31 combinations of five signs, plus 'None of these'");
        assertTrue(sets.contains(Set.of("rf-none")));
        assertFalse(sets.stream().anyMatch(s -> s.size() > 1 && s.contains("rf-none")));
        assertEquals(3, PickerEngine.possibleAnswers(content.picker().question("relief").orElseThrow()).size());
    }

    @Test
    void progressCountsTheLongestWayLeft() {
        assertEquals(6, engine.mostQuestionsLeft(Answers.NONE));
        assertEquals(0, engine.mostQuestionsLeft(answers("red-flags=rf-groin")));
        assertEquals(1, engine.mostQuestionsLeft(answers("red-flags=rf-none", "worse=worse-standing", "better=better-sitting")));
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
