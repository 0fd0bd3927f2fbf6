package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentCheck;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.Rule;
import org.backcare.kiosk.content.Topic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proves the picker's rules sound: each rule asks or gives a result (not both, not neither),
 * every possible combination of answers reaches a result, and every result can be reached.
 * A failure names the answers that lead there.
 */
public final class PickerRulesCheck implements ContentCheck {

    /** Enough dead ends to see the pattern, without a wall of text. */
    static final int MAX_DEAD_ENDS_REPORTED = 5;

    /** 10 answers that combine give 1,023 ways to answer one question. */
    static final int MAX_COMBINABLE_ANSWERS = 10;

    @Override
    public void check(Content content, List<Problem> problems) {
        PickerTopic picker = content.picker();
        String file = content.language().id() + "/" + Topic.PICKER.fileName();
        int before = problems.size();
        for (int i = 0; i < picker.rules().size(); i++) {
            Rule rule = picker.rules().get(i);
            if ((rule.ask() == null) == (rule.result() == null)) {
                problems.add(new Problem(file, "$.rules[" + i + "]", "a rule must have exactly one of \"ask\" and \"result\""));
            }
        }
        for (int i = 0; i < picker.questions().size(); i++) {
            Question question = picker.questions().get(i);
            long combinable = question.answers().stream().filter(a -> !a.exclusive()).count();
            if (question.multiple() && combinable > MAX_COMBINABLE_ANSWERS) {
                problems.add(new Problem(file, "$.questions[" + i + "].answers", "a question that takes several"
                        + " answers may offer at most " + MAX_COMBINABLE_ANSWERS + " that can be chosen together;"
                        + " this one offers " + combinable + ", and each one more doubles the ways to answer it"));
            }
        }
        if (problems.size() > before) {
            return;
        }
        PickerEngine engine = new PickerEngine(picker, content.exercises());
        PickerEngine.Reach reach = engine.reach(Answers.NONE);
        if (!reach.complete()) {
            problems.add(new Problem(file, "$.questions", "the questions can be answered in more than "
                    + String.format(java.util.Locale.ROOT, "%,d", PickerEngine.MAX_WAYS) + " ways together, too many"
                    + " to check that every way reaches a result; ask fewer questions, or offer fewer answers"
                    + " that can be chosen together"));
            return;
        }
        Set<String> reached = reach.results();
        List<Answers> deadEnds = reach.deadEnds();
        for (Answers dead : deadEnds.subList(0, Math.min(MAX_DEAD_ENDS_REPORTED, deadEnds.size()))) {
            problems.add(new Problem(file, "$.rules", "no rule gives a result for the answers " + describe(picker, dead)));
        }
        if (deadEnds.size() > MAX_DEAD_ENDS_REPORTED) {
            problems.add(new Problem(file, "$.rules", (deadEnds.size() - MAX_DEAD_ENDS_REPORTED)
                    + " more combinations of answers reach no result"));
        }
        for (int i = 0; i < picker.results().size(); i++) {
            PickerResult result = picker.results().get(i);
            if (!reached.contains(result.id())) {
                problems.add(new Problem(file, "$.results[" + i + "]", "no combination of answers reaches the result \""
                        + result.id() + "\""));
            }
        }
        if (deadEnds.isEmpty()) {
            new PickerSafetyCheck(content, file, problems).check(engine);
        }
    }

    /**
     * The rules, answers, results and exercises are the clinical half, the same in every language;
     * what is left to check of another language is its wording of the emergency results.
     */
    @Override
    public void checkTexts(Content content, List<Problem> problems) {
        PickerSafetyCheck.checkWording(content.picker(), content.language().id() + "/" + Topic.PICKER.fileName(), problems);
    }

    /** "red-flags: None of these; worse: Standing or walking, Sitting, driving or bending forward". */
    static String describe(PickerTopic picker, Answers answers) {
        return answers.byQuestion().entrySet().stream().map(e -> {
            Question q = picker.question(e.getKey()).orElseThrow();
            String chosen = q.answers().stream().filter(a -> e.getValue().contains(a.id()))
                    .map(a -> "\"" + a.text() + "\"").collect(Collectors.joining(" + "));
            return q.id() + " = " + chosen;
        }).collect(Collectors.joining("; ", "[", "]"));
    }
}
