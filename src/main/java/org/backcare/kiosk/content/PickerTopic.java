package org.backcare.kiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * picker.json: "Find your exercises". The questions, the decision table (rules, read top to
 * bottom) and the results; {@code reminders} appear on every result.
 */
public record PickerTopic(TopicInfo topic, List<Question> questions, List<Rule> rules,
                          List<PickerResult> results, List<String> reminders) {
    public PickerTopic {
        questions = List.copyOf(questions);
        rules = List.copyOf(rules);
        results = List.copyOf(results);
        reminders = List.copyOf(reminders);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<PickerResult> result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
