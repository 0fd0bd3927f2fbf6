package org.backcare.kiosk.screen.selfcare;

import org.backcare.kiosk.content.Treatment;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

/** "What you can do": ice, positions, no bed rest, massage, medicine, fish oil, with research notes. */
public final class SelfCareController extends TopicScreen {

    public SelfCareController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        for (Treatment treatment : context.content().selfCare().treatments()) {
            Card card = new Card().heading(treatment.title()).text(treatment.summary()).bullets(treatment.points());
            if (treatment.askFirst() != null) {
                card.add(new Card().styled("card-example").labelled(context.text("selfcare.askFirst"), treatment.askFirst()));
            }
            if (treatment.evidence() != null) {
                context.content().selfCare().evidence().stream()
                        .filter(n -> n.id().equals(treatment.evidence()))
                        .findFirst().map(this::researchNote).ifPresent(card::add);
            }
            card.setId("treatment-" + treatment.id());
            add(card);
        }
    }
}
