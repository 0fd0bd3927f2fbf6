package org.backcare.kiosk.picker;

import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.ResultNote;

import java.util.List;

/** What the picker does next. */
public sealed interface Step {

    /** Ask this question. */
    record Ask(Question question) implements Step {
    }

    /**
     * The end: a result, the answers it names as reasons, the notes whose conditions hold, and the
     * ids of the result's exercises that the answers do not rule out (offer these, never
     * {@code result.exercises()} as a whole).
     */
    record Finish(PickerResult result, List<Answer> reasons, List<ResultNote> notes, List<String> exercises)
            implements Step {
        public Finish {
            reasons = List.copyOf(reasons);
            notes = List.copyOf(notes);
            exercises = List.copyOf(exercises);
        }
    }

    /** No rule applies: a fault in the rules, which the content check reports. */
    record DeadEnd() implements Step {
    }
}
