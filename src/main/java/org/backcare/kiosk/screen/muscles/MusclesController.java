package org.backcare.kiosk.screen.muscles;

import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.Section;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.SectionCards;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

/** "Your back muscles": the multifidi and the erector spinae, deep and superficial. */
public final class MusclesController extends TopicScreen {

    public MusclesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        for (Muscle muscle : context.content().muscles().muscles()) {
            Card card = new Card()
                    .tag(context.text("layer." + muscle.layer().name().toLowerCase(java.util.Locale.ROOT)))
                    .heading(muscle.name())
                    .text(muscle.summary())
                    .labelled(context.text("muscles.role"), muscle.role())
                    .bullets(muscle.facts())
                    .labelled(context.text("muscles.hurt"), muscle.howItHurts());
            card.setId("muscle-" + muscle.id());
            add(card);
        }
        for (Section section : context.content().muscles().sections()) {
            add(SectionCards.of(section));
        }
    }
}
