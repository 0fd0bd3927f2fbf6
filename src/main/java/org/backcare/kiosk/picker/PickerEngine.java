package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.ResultNote;
import org.backcare.kiosk.content.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Evaluates the exercise picker's decision table. The rules are read top to bottom; the first
 * rule whose condition holds decides: it asks its question (unless already answered, then the
 * next rule is read) or gives its result. Plain Java, so it is tested without a screen.
 */
public final class PickerEngine {

    private final PickerTopic picker;

    public PickerEngine(PickerTopic picker) {
        this.picker = picker;
    }

    public PickerTopic picker() {
        return picker;
    }

    public Step next(Answers answers) {
        Set<String> chosen = answers.chosen();
        for (Rule rule : picker.rules()) {
            if (!rule.when().holdsFor(chosen)) {
                continue;
            }
            if (rule.ask() != null) {
                if (!answers.answered(rule.ask())) {
                    return new Step.Ask(picker.question(rule.ask()).orElseThrow());
                }
            } else if (rule.result() != null) {
                PickerResult result = picker.result(rule.result()).orElseThrow();
                return new Step.Finish(result, reasons(result, answers), notes(result, chosen));
            }
        }
        return new Step.DeadEnd();
    }

    private List<Answer> reasons(PickerResult result, Answers answers) {
        if (result.reasonsFrom() == null) {
            return List.of();
        }
        Question question = picker.question(result.reasonsFrom()).orElseThrow();
        Set<String> chosen = answers.of(question.id());
        return question.answers().stream().filter(a -> chosen.contains(a.id()) && !a.exclusive()).toList();
    }

    private static List<ResultNote> notes(PickerResult result, Set<String> chosen) {
        return result.notes().stream().filter(n -> n.when().holdsFor(chosen)).toList();
    }

    /**
     * Every answer a person can give to a question: one answer, or for a multiple-choice
     * question every non-empty set of answers, where an exclusive answer ("None of these")
     * stands alone.
     */
    public static List<Set<String>> possibleAnswers(Question question) {
        List<Set<String>> sets = new ArrayList<>();
        if (!question.multiple()) {
            question.answers().forEach(a -> sets.add(Set.of(a.id())));
            return sets;
        }
        List<Answer> combinable = question.answers().stream().filter(a -> !a.exclusive()).toList();
        for (int mask = 1; mask < (1 << combinable.size()); mask++) {
            Set<String> set = new java.util.LinkedHashSet<>();
            for (int i = 0; i < combinable.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(combinable.get(i).id());
                }
            }
            sets.add(set);
        }
        question.answers().stream().filter(Answer::exclusive).forEach(a -> sets.add(Set.of(a.id())));
        return sets;
    }

    /**
     * Walks every possible way through the picker from {@code start}, calling {@code visit} with
     * the answers and the step each path ends at (a result or a dead end).
     */
    public void explore(Answers start, BiConsumer<Answers, Step> visit) {
        Step step = next(start);
        if (step instanceof Step.Ask ask) {
            for (Set<String> choice : possibleAnswers(ask.question())) {
                explore(start.with(ask.question().id(), choice), visit);
            }
        } else {
            visit.accept(start, step);
        }
    }

    /** The most questions still to come from here, for "Question 2 of 4". */
    public int mostQuestionsLeft(Answers answers) {
        int[] most = {0};
        explore(answers, (end, step) -> most[0] = Math.max(most[0], end.count() - answers.count()));
        return most[0];
    }

    /** One way of answering that reaches the result, if any: for screenshots and the therapist. */
    public java.util.Optional<Answers> exampleAnswersFor(String resultId) {
        Answers[] found = {null};
        explore(Answers.NONE, (end, step) -> {
            if (found[0] == null && step instanceof Step.Finish f && f.result().id().equals(resultId)) {
                found[0] = end;
            }
        });
        return java.util.Optional.ofNullable(found[0]);
    }
}
