package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Placeholders;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinical rules every way through the picker must keep, proved by walking them all, so a
 * content edit that breaks one is refused with the answers that break it:
 * <ul>
 *   <li>no bending-forward (flexion) exercise is offered unless the bone question was answered "No";</li>
 *   <li>no exercise is offered after any warning sign, and the result is at least as urgent as the
 *       most urgent sign chosen: an emergency sign always ends at an emergency result;</li>
 *   <li>the result's pattern fits what the person said (its {@code fits} condition holds);</li>
 *   <li>a result that points a direction offers at least one exercise the answers do not rule out.</li>
 * </ul>
 * And, per result: a result above self-care lists no exercises, and an emergency result tells the
 * person to call {@code {emergencyNumber}}.
 */
final class PickerSafetyCheck {

    /** Enough ways to see the pattern of a fault, without a wall of text. */
    static final int MAX_REPORTED_PER_RESULT = 3;

    private final PickerTopic picker;
    private final String file;
    private final List<Problem> problems;
    private final Map<String, Urgency> flagUrgency = new HashMap<>();
    private final Map<String, Exercise> exercises = new HashMap<>();
    /** Ways reported so far, per result and rule, so one fault does not fill the screen. */
    private final Map<String, Integer> reported = new LinkedHashMap<>();

    PickerSafetyCheck(Content content, String file, List<Problem> problems) {
        this.picker = content.picker();
        this.file = file;
        this.problems = problems;
        for (RedFlag flag : content.doctor().redFlags()) {
            flagUrgency.put(flag.id(), flag.urgency());
        }
        content.exercises().exercises().forEach(e -> exercises.put(e.id(), e));
    }

    void check(PickerEngine engine) {
        for (int i = 0; i < picker.results().size(); i++) {
            checkResult(i, picker.results().get(i));
        }
        engine.explore(Answers.NONE, (answers, step) -> {
            if (step instanceof Step.Finish finish) {
                checkWay(answers, finish);
            }
        });
    }

    private void checkResult(int index, PickerResult result) {
        String at = "$.results[" + index + "]";
        if (result.urgency().seeDoctor() && !result.exercises().isEmpty()) {
            problems.add(new Problem(file, at + ".exercises", "the result \"" + result.id() + "\" sends the person to"
                    + " a doctor (" + name(result.urgency()) + "), so it must not offer exercises"));
        }
        checkWording(index, result, file, problems);
    }

    /** The one rule on a language's own words: an emergency result tells the person to call the number. */
    static void checkWording(PickerTopic picker, String file, List<Problem> problems) {
        for (int i = 0; i < picker.results().size(); i++) {
            checkWording(i, picker.results().get(i), file, problems);
        }
    }

    private static void checkWording(int index, PickerResult result, String file, List<Problem> problems) {
        if (result.urgency() == Urgency.EMERGENCY) {
            String placeholder = "{" + Placeholders.EMERGENCY_NUMBER + "}";
            boolean says = result.pattern().contains(placeholder) || result.advice().stream().anyMatch(a -> a.contains(placeholder));
            if (!says) {
                problems.add(new Problem(file, "$.results[" + index + "].advice", "the emergency result \"" + result.id()
                        + "\" must tell the person to call " + placeholder + " (the clinic's emergency number) in its"
                        + " pattern or advice"));
            }
        }
    }

    private void checkWay(Answers answers, Step.Finish finish) {
        PickerResult result = finish.result();
        Set<String> chosen = answers.chosen();
        int index = picker.results().indexOf(result);
        String at = "$.results[" + index + "]";

        Urgency signs = null;
        for (Question question : picker.questions()) {
            for (Answer answer : question.answers()) {
                if (answer.redFlag() != null && chosen.contains(answer.id())) {
                    Urgency u = flagUrgency.getOrDefault(answer.redFlag(), Urgency.SOON);
                    signs = signs == null ? u : signs.max(u);
                }
            }
        }
        if (signs != null && result.urgency().compareTo(signs) < 0) {
            report(result, "urgency", at + ".urgency", "is \"" + name(result.urgency()) + "\", less urgent than the"
                    + " warning sign chosen (\"" + name(signs) + "\")", answers);
        }
        if (signs != null && !finish.exercises().isEmpty()) {
            report(result, "exercises-after-flag", at + ".exercises", "offers exercises after a warning sign",
                    answers);
        }
        if (!result.fits().holdsFor(chosen)) {
            report(result, "fits", at + ".fits", "states a pattern the person did not describe (its \"fits\""
                    + " condition does not hold)", answers);
        }
        for (String id : finish.exercises()) {
            Exercise exercise = exercises.get(id);
            if (exercise != null && exercise.direction() == Direction.FLEXION
                    && !chosen.contains(picker.flexionClearedBy())) {
                report(result, "flexion", at + ".exercises", "offers the bending-forward exercise \"" + id
                        + "\" without the answer \"" + picker.flexionClearedBy() + "\" to the bone question", answers);
            }
        }
        if (result.direction() != null && !result.urgency().seeDoctor() && finish.exercises().isEmpty()) {
            report(result, "no-exercise", at + ".exercises", "offers no exercise: every one is ruled out by the"
                    + " answers (their \"avoidIf\")", answers);
        }
    }

    private void report(PickerResult result, String rule, String where, String what, Answers answers) {
        int n = reported.merge(result.id() + "/" + rule, 1, Integer::sum);
        if (n <= MAX_REPORTED_PER_RESULT) {
            problems.add(new Problem(file, where, "the result \"" + result.id() + "\" " + what + ", for the answers "
                    + PickerRulesCheck.describe(picker, answers)));
        }
    }

    private static String name(Urgency urgency) {
        return urgency.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
