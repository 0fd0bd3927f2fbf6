package org.backcare.kiosk.picker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a person has answered so far: for each question, the answers chosen. Immutable, so a
 * step of the picker can be a route in the navigator's history and Back simply returns to it.
 */
public record Answers(Map<String, Set<String>> byQuestion) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        byQuestion.forEach((q, a) -> copy.put(q, Set.copyOf(a)));
        byQuestion = java.util.Collections.unmodifiableMap(copy);
    }

    /** These answers plus the answer to one more question. */
    public Answers with(String questionId, Collection<String> answerIds) {
        Map<String, Set<String>> next = new LinkedHashMap<>(byQuestion);
        next.put(questionId, new LinkedHashSet<>(answerIds));
        return new Answers(next);
    }

    public boolean answered(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    public Set<String> of(String questionId) {
        return byQuestion.getOrDefault(questionId, Set.of());
    }

    /** Every answer id chosen, whatever the question. */
    public Set<String> chosen() {
        Set<String> all = new LinkedHashSet<>();
        byQuestion.values().forEach(all::addAll);
        return all;
    }

    public int count() {
        return byQuestion.size();
    }
}
