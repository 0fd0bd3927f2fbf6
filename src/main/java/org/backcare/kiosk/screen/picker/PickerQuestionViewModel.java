package org.backcare.kiosk.screen.picker;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One picker question: which answers are chosen ("None of these" stands alone), whether Next may be
 * pressed, and how far along the person is. No scene graph, so it is tested without a toolkit.
 */
public final class PickerQuestionViewModel {

    private final Answers answers;
    private final Question question;
    private final int number;
    private final int most;
    private final Set<String> chosen = new HashSet<>();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");

    /** @throws ClassCastException when these answers lead to no question */
    public PickerQuestionViewModel(PickerEngine engine, Answers answers) {
        this.answers = answers;
        this.question = ((Step.Ask) engine.next(answers)).question();
        this.number = answers.count() + 1;
        this.most = answers.count() + engine.mostQuestionsLeft(answers);
    }

    public Question question() {
        return question;
    }

    /** This question's number, counting from 1. */
    public int number() {
        return number;
    }

    /** The most questions there can be on this way through, this one and those answered included. */
    public int most() {
        return most;
    }

    /** The share of the way already answered, 0 to 1. */
    public double progress() {
        return (double) answers.count() / most;
    }

    /** Chooses or un-chooses an answer of a several-answers question; an exclusive answer clears the others, and the others clear it. */
    public void choose(String answerId, boolean selected) {
        if (selected) {
            Answer answer = answer(answerId);
            if (chosen.add(answerId)) {
                chosen.removeIf(other -> !other.equals(answerId) && (answer.exclusive() || answer(other).exclusive()));
            }
        } else {
            chosen.remove(answerId);
        }
        canGoNext.set(!chosen.isEmpty());
    }

    public boolean isChosen(String answerId) {
        return chosen.contains(answerId);
    }

    /** The chosen answers, in the question's order. */
    public List<String> chosen() {
        return question.answers().stream().map(Answer::id).filter(chosen::contains).toList();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** The answers after the chosen ones (several-answers questions, with Next), if any is chosen. */
    public Optional<Answers> next() {
        return chosen.isEmpty() ? Optional.empty() : Optional.of(answers.with(question.id(), chosen()));
    }

    /** The answers after one tap on a one-answer question's answer. */
    public Answers tapped(String answerId) {
        return answers.with(question.id(), List.of(answerId));
    }

    private Answer answer(String id) {
        return question.answers().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No answer " + id + " to " + question.id()));
    }
}
