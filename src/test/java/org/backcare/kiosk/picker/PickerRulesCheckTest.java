package org.backcare.kiosk.picker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcare.kiosk.content.ContentFixture;
import org.backcare.kiosk.content.LoadResult;
import org.backcare.kiosk.content.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --validate-content proves the picker's rules sound, naming the answers that fail. */
class PickerRulesCheckTest {

    @TempDir
    Path dir;
    ContentFixture content;

    @BeforeEach
    void copy() {
        content = ContentFixture.copyOfBundled(dir);
    }

    private static ArrayNode rules(ObjectNode picker) {
        return (ArrayNode) picker.get("rules");
    }

    private List<String> problems() {
        LoadResult result = content.load();
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBundledRulesAreSound() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aDeadEndIsReportedWithTheAnswersThatReachIt() {
        // Without the strain rule and the fallback, "moving one muscle" leads nowhere.
        content.edit("clinical/picker.json", p -> {
            rules(p).remove(rules(p).size() - 1);
            rules(p).remove(rules(p).size() - 1);
        });
        List<String> problems = problems();
        assertTrue(problems.get(0).startsWith("clinical/picker.json $.rules: no rule gives a result for the answers"
                + " [emergency-signs = \"None of these\"; red-flags = \"None of these\"; worse = "),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("more combinations of answers reach no result")), problems::toString);
    }

    @Test
    void aResultNoAnswersReachIsReported() {
        content.edit("clinical/picker.json", p -> ((ArrayNode) p.get("results")).addObject()
                .put("id", "result-never").put("urgency", "self-care"));
        for (String file : List.of("en/picker.json", "es/picker.json")) {
            content.edit(file, p -> ((ArrayNode) p.get("results")).addObject()
                    .put("id", "result-never").put("title", "Never").put("pattern", "Unreachable.")
                    .putArray("advice").add("None."));
        }
        // Found in each language's merged content, reported once, in the file that holds the rules.
        assertEquals(List.of("clinical/picker.json $.results[12]: no combination of answers reaches the result"
                + " \"result-never\""), problems());
    }

    /** Adds answers to a question, with their texts in both languages, up to {@code total}. */
    private void growAnswers(int question, int total) {
        for (String file : List.of("clinical/picker.json", "en/picker.json", "es/picker.json")) {
            content.edit(file, p -> {
                ArrayNode answers = (ArrayNode) p.at("/questions/" + question + "/answers");
                for (int i = answers.size(); i < total; i++) {
                    ObjectNode answer = answers.addObject().put("id", "extra-" + question + "-" + i);
                    if (!file.startsWith("clinical/")) {
                        answer.put("text", "Extra " + i);
                    }
                }
            });
        }
    }

    @Test
    void aQuestionWithTooManyAnswersToCombineIsRefusedBeforeAnyWalk() {
        growAnswers(1, 13); // 11 answers that combine (and two that stand alone): 2,047 ways to answer this one question
        String why = " $.questions[1].answers: a question that takes several answers may offer at most 10 that can be"
                + " chosen together; this one offers 11, and each one more doubles the ways to answer it";
        assertEquals(List.of("clinical/picker.json" + why), problems());
    }

    @Test
    void tooManyWaysThroughThePickerAreRefusedWithoutWalkingThemAll() {
        growAnswers(2, 12); // 1,025 ways to answer "worse" and as many for "better": a million together
        growAnswers(3, 12);
        String why = " $.questions: the questions can be answered in more than 100,000 ways together, too many to"
                + " check that every way reaches a result; ask fewer questions, or offer fewer answers that can be"
                + " chosen together";
        assertEquals(List.of("clinical/picker.json" + why), problems());
    }

    @Test
    void aRuleMustAskOrGiveAResultNotBoth() {
        content.edit("clinical/picker.json", p -> ((ObjectNode) rules(p).get(3)).put("result", "result-unclear"));
        assertEquals(List.of("clinical/picker.json $.rules[3]: a rule must have exactly one of \"ask\" and \"result\""), problems());
    }

    @Test
    void rulesNamingUnknownAnswersQuestionsOrExercisesAreCaughtByTheShapeCheck() {
        content.edit("clinical/picker.json", p -> {
            ((ObjectNode) rules(p).get(0)).put("ask", "mood");
            ((ArrayNode) p.at("/rules/1/when/any")).add("rf-headache");
            ((ArrayNode) p.at("/results/5/exercises")).add("yoga-flow");
        });
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("clinical/picker.json $.rules[0].ask: no question has the id \"mood\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("clinical/picker.json $.rules[1].when.any[3]: no answer has the id \"rf-headache\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("clinical/picker.json $.results[5].exercises[5]: no exercise has the id \"yoga-flow\"")), problems::toString);
    }

    /** The clinical rules, each broken by one content edit, must each be refused with the answers that break it. */
    private List<String> problemsAfter(java.util.function.Consumer<ObjectNode> edit) {
        content.edit("clinical/picker.json", edit);
        return problems();
    }

    private static ObjectNode result(ObjectNode picker, String id) {
        for (var r : picker.get("results")) {
            if (r.get("id").asText().equals(id)) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError("no result " + id);
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(s -> s.startsWith(start)), () -> "expected a problem starting \"" + start
                + "\" in " + problems);
    }

    @Test
    void aFlexionExerciseWithoutTheBoneQuestionAnsweredNoIsRefused() {
        List<String> problems = problemsAfter(p -> ((ArrayNode) result(p, "result-strain-gentle").get("exercises"))
                .add("double-knee-to-chest"));
        assertHas(problems, "clinical/picker.json $.results[9].exercises: the result \"result-strain-gentle\" offers the"
                + " bending-forward exercise \"double-knee-to-chest\" without the answer \"bone-no\" to the bone question,"
                + " for the answers [emergency-signs = \"None of these\"; red-flags = ");
    }

    @Test
    void anEmergencySignThatDoesNotEndAtAnEmergencyIsRefused() {
        List<String> problems = problemsAfter(p -> ((ObjectNode) rules(p).get(1)).put("result", "result-doctor-today"));
        assertHas(problems, "clinical/picker.json $.results[2].urgency: the result \"result-doctor-today\" is \"today\", less"
                + " urgent than the warning sign chosen (\"emergency\"), for the answers [emergency-signs = ");
    }

    @Test
    void exercisesAfterAWarningSignAreRefused() {
        List<String> problems = problemsAfter(p -> ((ObjectNode) rules(p).get(5)).put("result", "result-unclear"));
        assertHas(problems, "clinical/picker.json $.results[10].exercises: the result \"result-unclear\" offers exercises after"
                + " a warning sign, for the answers [emergency-signs = \"None of these\"; red-flags = ");
        assertHas(problems, "clinical/picker.json $.results[10].urgency: the result \"result-unclear\" is \"self-care\", less"
                + " urgent than the warning sign chosen (\"soon\")");
    }

    @Test
    void aPatternThePersonDidNotDescribeIsRefused() {
        List<String> problems = problemsAfter(p -> result(p, "result-extension").putObject("fits").putArray("all")
                .add("worse-sitting"));
        assertHas(problems, "clinical/picker.json $.results[5].fits: the result \"result-extension\" states a pattern the person"
                + " did not describe (its \"fits\" condition does not hold), for the answers [");
    }

    @Test
    void aDoctorResultWithExercisesIsRefused() {
        List<String> problems = problemsAfter(p -> result(p, "result-doctor-organ").putArray("exercises").add("pelvic-tilt"));
        assertHas(problems, "clinical/picker.json $.results[4].exercises: the result \"result-doctor-organ\" sends the person to"
                + " a doctor (today), so it must not offer exercises");
    }

    @Test
    void anEmergencyResultThatDoesNotSayWhomToCallIsRefused() {
        content.edit("en/picker.json", p -> result(p, "result-emergency").putArray("advice").add("Get help.").add("Wait.")
                .add("Ask."));
        List<String> problems = problems();
        assertHas(problems, "en/picker.json $.results[0].advice: the emergency result \"result-emergency\" must tell the"
                + " person to call {emergencyNumber}");
    }

    @Test
    void anotherLanguageIsStillCheckedForItsEmergencyWording() {
        // the clinical half is checked with the first language only; each language's words still are
        content.edit("es/picker.json", p -> result(p, "result-emergency").putArray("advice").add("Pida ayuda.")
                .add("Espere.").add("Pregunte."));
        List<String> problems = problems();
        assertHas(problems, "es/picker.json $.results[0].advice: the emergency result \"result-emergency\" must tell the"
                + " person to call {emergencyNumber}");
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void aClinicalFaultIsReportedOnceNotOncePerLanguage() {
        List<String> problems = problemsAfter(p -> result(p, "result-doctor-organ").putArray("exercises").add("pelvic-tilt"));
        assertEquals(1, problems.stream().filter(p -> p.contains("so it must not offer exercises")).count(),
                problems::toString);
    }

    @Test
    void aResultWhoseEveryExerciseIsRuledOutIsRefused() {
        content.edit("clinical/exercises.json", e -> {
            for (var ex : e.get("exercises")) {
                ((ObjectNode) ex).putArray("avoidIf").add("worse-sitting");
            }
        });
        assertHas(problems(), "clinical/picker.json $.results[5].exercises: the result \"result-extension\" offers no"
                + " exercise: every one is ruled out by the answers (their \"avoidIf\")");
    }
}
