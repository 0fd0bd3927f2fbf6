package org.backcare.kiosk.screen;

import org.backcare.kiosk.content.Section;
import org.backcare.kiosk.widget.Card;

/** Turns a content section into a card. */
public final class SectionCards {

    private SectionCards() {
    }

    public static Card of(Section section) {
        Card card = new Card(section.heading());
        if (section.text() != null) {
            card.text(section.text());
        }
        card.bullets(section.points());
        card.setId("section-" + section.id());
        return card;
    }
}
