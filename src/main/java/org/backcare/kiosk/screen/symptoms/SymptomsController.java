package org.backcare.kiosk.screen.symptoms;

import org.backcare.kiosk.content.SymptomPattern;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.screen.UrgencyLook;
import org.backcare.kiosk.widget.Card;

/** "What your symptoms may mean": patterns in hedged words, never a diagnosis. */
public final class SymptomsController extends TopicScreen {

    public SymptomsController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        Card note = new Card().styled("card-note").heading(context.text("symptoms.noteHeading"), "mdi2i-information")
                .text(context.content().symptoms().notADiagnosis());
        note.setId("not-a-diagnosis");
        banner(note);
        for (SymptomPattern pattern : context.content().symptoms().patterns()) {
            Card card = new Card().heading(pattern.title()).bullets(pattern.signs())
                    .labelled(context.text("symptoms.mayMean"), pattern.mayMean())
                    .labelled(context.text("symptoms.whatToDo"), pattern.advice());
            if (pattern.urgency().seeDoctor()) {
                UrgencyLook.mark(card, context, pattern.urgency());
            }
            if (!pattern.exercises().isEmpty()) {
                card.add(Card.wrapped(context.text("symptoms.exercises"), "card-label"), exerciseLinks(pattern.exercises()));
            }
            card.setId("pattern-" + pattern.id());
            add(card);
        }
    }
}
