package org.backcare.kiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * picker.json: "Find your exercises". The questions, the decision table (rules, read top to
 * bottom) and the results; {@code reminders} appear on every self-care result.
 *
 * @param flexionClearedBy  the answer that clears a person for bending-forward (flexion) exercises:
 *                          "No" to the bone question (osteoporosis, a recent fall or fracture). The
 *                          content check proves no way offers a flexion exercise without it, and an
 *                          exercise page asks the same question before a flexion walkthrough.
 * @param reminderEvidence  research notes shown with the reminders (the article's "ice, no heat")
 * @param notes             lines shown on any result when their condition holds
 */
public record PickerTopic(TopicInfo topic, List<Question> questions, List<Rule> rules,
                          List<PickerResult> results, List<String> reminders,
                          @Ref(Answer.class) String flexionClearedBy,
                          @Omittable @Ref(EvidenceNote.class) List<String> reminderEvidence,
                          @Omittable List<ResultNote> notes) {
    public PickerTopic {
        questions = List.copyOf(questions);
        rules = List.copyOf(rules);
        results = List.copyOf(results);
        reminders = List.copyOf(reminders);
        reminderEvidence = reminderEvidence == null ? List.of() : List.copyOf(reminderEvidence);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The question whose answers include {@code answerId}. */
    public Optional<Question> questionOf(String answerId) {
        return questions.stream().filter(q -> q.answers().stream().anyMatch(a -> a.id().equals(answerId))).findFirst();
    }

    public Optional<PickerResult> result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
