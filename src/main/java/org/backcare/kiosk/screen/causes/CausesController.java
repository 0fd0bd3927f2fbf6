package org.backcare.kiosk.screen.causes;

import org.backcare.kiosk.content.Cause;
import org.backcare.kiosk.content.PainSource;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

/** "Why does it hurt?": strain, spasm as guarding, and pain referred from organs and neck joints. */
public final class CausesController extends TopicScreen {

    public CausesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        for (Cause cause : context.content().causes().causes()) {
            Card card = new Card().heading(cause.name()).text(cause.summary()).bullets(cause.points());
            if (cause.example() != null) {
                card.add(new Card().styled("card-example").labelled(context.text("causes.example"), cause.example()));
            }
            for (PainSource source : cause.sources()) {
                Card sourceCard = new Card().styled("card-inner")
                        .heading(source.name())
                        .labelled(context.text("causes.feltIn"), source.feltIn())
                        .text(source.explanation());
                if (source.seeDoctor()) {
                    sourceCard.add(Card.wrapped(context.text("causes.seeDoctor"), "danger-text"));
                }
                sourceCard.setId("source-card-" + source.id());
                card.add(sourceCard);
            }
            card.setId("cause-" + cause.id());
            add(card);
        }
    }
}
