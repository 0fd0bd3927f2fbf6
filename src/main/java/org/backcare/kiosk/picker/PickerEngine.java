package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Condition;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.ExercisesTopic;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.ResultNote;
import org.backcare.kiosk.content.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Evaluates the exercise picker's decision table. The rules are read top to bottom; the first
 * rule whose condition holds decides: it asks its question (unless already answered, then the
 * next rule is read) or gives its result. Plain Java, so it is tested without a screen.
 *
 * <p>A result's exercises are offered only where the person's answers do not rule them out: an
 * exercise whose {@code avoidIf} names a chosen answer (its cautions, as data) is left out.
 *
 * <p>The table is kept with answers and questions as numbers, so walking every way through it
 * (about a thousand, for the content check and for "Question 2 of 4") tests a rule with a few
 * array reads and builds the answers and the step only where a way ends, if at all.
 */
public final class PickerEngine {

    /** A rule's question or result that the topic does not hold: the content check rules it out. */
    private static final int UNKNOWN = -2;
    private static final int NONE = -1;

    private final PickerTopic picker;
    /** Per exercise id, the answers that rule it out. */
    private final Map<String, List<String>> avoidIf = new HashMap<>();
    /** Every answer id of every question, and any other id a condition names, as a number. */
    private final Map<String, Integer> answerNumbers = new HashMap<>();
    private final Map<String, Integer> questionNumbers = new HashMap<>();
    /** Per rule, the numbers of its condition's answers. */
    private final int[][] all;
    private final int[][] any;
    private final int[][] none;
    /** Per rule, the question it asks, or the result it gives; {@link #NONE} or {@link #UNKNOWN} otherwise. */
    private final int[] ask;
    private final int[] result;
    /** Per question, every answer a person can give (as in {@link #possibleAnswers}), as ids and as numbers. */
    private final List<List<Set<String>>> choices = new ArrayList<>();
    private final int[][][] choiceNumbers;

    public PickerEngine(PickerTopic picker, ExercisesTopic exercises) {
        this.picker = picker;
        for (Exercise exercise : exercises.exercises()) {
            avoidIf.put(exercise.id(), exercise.avoidIf());
        }
        List<Question> questions = picker.questions();
        for (int q = 0; q < questions.size(); q++) {
            questionNumbers.putIfAbsent(questions.get(q).id(), q);
            for (Answer a : questions.get(q).answers()) {
                number(a.id());
            }
        }
        List<Rule> rules = picker.rules();
        all = new int[rules.size()][];
        any = new int[rules.size()][];
        none = new int[rules.size()][];
        ask = new int[rules.size()];
        result = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Condition when = rule.when();
            all[r] = numbers(when.all());
            any[r] = numbers(when.any());
            none[r] = numbers(when.none());
            ask[r] = rule.ask() == null ? NONE : questionNumbers.getOrDefault(rule.ask(), UNKNOWN);
            result[r] = rule.result() == null ? NONE : indexOfResult(rule.result());
        }
        choiceNumbers = new int[questions.size()][][];
        for (int q = 0; q < questions.size(); q++) {
            List<Set<String>> sets = possibleAnswers(questions.get(q));
            choices.add(sets);
            choiceNumbers[q] = sets.stream().map(this::numbers).toArray(int[][]::new);
        }
    }

    public PickerTopic picker() {
        return picker;
    }

    public Step next(Answers answers) {
        Walk walk = new Walk(answers);
        return step(walk.decide(), answers, answers.chosen());
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
            Set<String> set = new LinkedHashSet<>();
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
        new Walk(start).run((rule, walk) -> {
            Answers answers = walk.answers();
            visit.accept(answers, step(rule, answers, answers.chosen()));
        });
    }

    /**
     * Where the ways from {@code start} end: the results reached, and the answers of each way that
     * reaches none.
     *
     * @param complete false when there were more than {@link #MAX_WAYS} ways and the walk stopped
     */
    public record Reach(Set<String> results, List<Answers> deadEnds, boolean complete) {
        public Reach {
            results = Set.copyOf(results);
            deadEnds = List.copyOf(deadEnds);
        }
    }

    /** The most ways through the picker {@link #reach} walks: the bundled picker has 975. */
    public static final int MAX_WAYS = 100_000;

    /**
     * As {@link #explore}, for when only the results matter: the content check walks every way
     * through the picker, and needs no reasons or notes, nor the answers of a way that ends well.
     * It stops after {@link #MAX_WAYS} ways, so content with too many cannot stall a load.
     */
    public Reach reach(Answers start) {
        Set<String> results = new LinkedHashSet<>();
        List<Answers> deadEnds = new ArrayList<>();
        int[] ways = {0};
        try {
            new Walk(start).run((rule, walk) -> {
                if (++ways[0] > MAX_WAYS) {
                    throw new TooManyWays();
                }
                if (rule == NONE) {
                    deadEnds.add(walk.answers());
                } else {
                    results.add(resultOf(rule).id());
                }
            });
        } catch (TooManyWays e) {
            return new Reach(results, deadEnds, false);
        }
        return new Reach(results, deadEnds, true);
    }

    /** Ends a walk that has gone on too long; nothing to trace. */
    private static final class TooManyWays extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyWays() {
            super(null, null, false, false);
        }
    }

    /** The most questions still to come from here, for "Question 2 of 4". */
    public int mostQuestionsLeft(Answers answers) {
        int[] most = {0};
        new Walk(answers).run((rule, walk) -> most[0] = Math.max(most[0], walk.depth));
        return most[0];
    }

    /** One way of answering that reaches the result, if any: for screenshots and the therapist. */
    public Optional<Answers> exampleAnswersFor(String resultId) {
        Answers[] found = {null};
        new Walk(Answers.NONE).run((rule, walk) -> {
            if (found[0] == null && rule != NONE && resultOf(rule).id().equals(resultId)) {
                found[0] = walk.answers();
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The step a deciding rule (or {@link #NONE}, no rule) stands for. */
    private Step step(int rule, Answers answers, Set<String> chosen) {
        if (rule == NONE) {
            return new Step.DeadEnd();
        }
        if (ask[rule] != NONE) {
            return new Step.Ask(picker.questions().get(ask[rule]));
        }
        PickerResult r = resultOf(rule);
        return new Step.Finish(r, reasons(r, answers), notes(r, chosen), offered(r, chosen));
    }

    /** The result's exercises that none of the chosen answers rules out, in the result's order. */
    private List<String> offered(PickerResult result, Set<String> chosen) {
        return result.exercises().stream()
                .filter(id -> avoidIf.getOrDefault(id, List.of()).stream().noneMatch(chosen::contains))
                .toList();
    }

    private PickerResult resultOf(int rule) {
        return picker.results().get(result[rule]);
    }

    private List<Answer> reasons(PickerResult result, Answers answers) {
        if (result.reasonsFrom() == null) {
            return List.of();
        }
        Question question = picker.question(result.reasonsFrom()).orElseThrow();
        Set<String> chosen = answers.of(question.id());
        return question.answers().stream().filter(a -> chosen.contains(a.id()) && !a.exclusive()).toList();
    }

    private List<ResultNote> notes(PickerResult result, Set<String> chosen) {
        return java.util.stream.Stream.concat(result.notes().stream(), picker.notes().stream())
                .filter(n -> n.when().holdsFor(chosen)).toList();
    }

    private int number(String answerId) {
        return answerNumbers.computeIfAbsent(answerId, id -> answerNumbers.size());
    }

    private int[] numbers(java.util.Collection<String> answerIds) {
        return answerIds.stream().mapToInt(this::number).toArray();
    }

    private int indexOfResult(String id) {
        List<PickerResult> results = picker.results();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).id().equals(id)) {
                return i;
            }
        }
        return UNKNOWN;
    }

    /** Called where a way through the picker ends, with its deciding rule or {@link #NONE}. */
    @FunctionalInterface
    private interface End {
        void reached(int rule, Walk walk);
    }

    /** A way through the picker under way: what is chosen and answered, as numbers, and the answers added to the start. */
    private final class Walk {
        private final Answers start;
        /** How many times each answer is chosen: an id may be shared by two questions, though content forbids it. */
        private final int[] chosen = new int[answerNumbers.size()];
        private final boolean[] answered = new boolean[picker.questions().size()];
        private final int[] questionsAdded = new int[picker.questions().size()];
        private final int[] choicesAdded = new int[picker.questions().size()];
        private int depth;

        Walk(Answers start) {
            this.start = start;
            start.byQuestion().forEach((questionId, answerIds) -> {
                Integer q = questionNumbers.get(questionId);
                if (q != null) {
                    answered[q] = true;
                }
                for (String id : answerIds) {
                    Integer a = answerNumbers.get(id);
                    if (a != null) { // an id no condition names cannot change what the rules decide
                        chosen[a]++;
                    }
                }
            });
        }

        /** The first rule that decides here: it holds and gives a result or asks an open question; or {@link #NONE}. */
        int decide() {
            for (int r = 0; r < ask.length; r++) {
                if (!holds(r)) {
                    continue;
                }
                if (ask[r] == UNKNOWN || result[r] == UNKNOWN && ask[r] == NONE) {
                    throw new NoSuchElementException("the picker's rule " + r + " names a question or result it lacks");
                }
                if (ask[r] != NONE) {
                    if (!answered[ask[r]]) {
                        return r;
                    }
                } else if (result[r] != NONE) {
                    return r;
                }
            }
            return NONE;
        }

        private boolean holds(int rule) {
            for (int a : all[rule]) {
                if (chosen[a] == 0) {
                    return false;
                }
            }
            boolean anyHolds = any[rule].length == 0;
            for (int i = 0; i < any[rule].length && !anyHolds; i++) {
                anyHolds = chosen[any[rule][i]] > 0;
            }
            if (!anyHolds) {
                return false;
            }
            for (int a : none[rule]) {
                if (chosen[a] > 0) {
                    return false;
                }
            }
            return true;
        }

        void run(End end) {
            int rule = decide();
            if (rule == NONE || ask[rule] == NONE) {
                end.reached(rule, this);
                return;
            }
            int q = ask[rule];
            answered[q] = true;
            questionsAdded[depth] = q;
            depth++;
            for (int c = 0; c < choiceNumbers[q].length; c++) {
                choicesAdded[depth - 1] = c;
                for (int a : choiceNumbers[q][c]) {
                    chosen[a]++;
                }
                run(end);
                for (int a : choiceNumbers[q][c]) {
                    chosen[a]--;
                }
            }
            depth--;
            answered[q] = false;
        }

        /** The start plus the answers this way has added, in the order they were asked. */
        Answers answers() {
            Answers answers = start;
            for (int i = 0; i < depth; i++) {
                int q = questionsAdded[i];
                answers = answers.with(picker.questions().get(q).id(), choices.get(q).get(choicesAdded[i]));
            }
            return answers;
        }
    }
}
