package org.backcare.kiosk.screen;

import javafx.scene.control.Label;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.widget.Card;

import java.util.Locale;

/**
 * How each urgency looks, the same on every screen: emergency now (solid red, with the number to
 * call), today (red, firm edge), soon (red, thin edge), routine (the calm note look). Each card
 * also says its urgency in words first, so colour is never the only signal.
 */
public final class UrgencyLook {

    private UrgencyLook() {
    }

    /** "urgency-emergency", "urgency-today", … */
    public static String styleClass(Urgency urgency) {
        return "urgency-" + urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The urgency in words ("See a doctor today"), styled by its level. */
    public static Label tag(ScreenContext context, Urgency urgency) {
        Label tag = Card.wrapped(context.text("urgency." + urgency.name()), "urgency-tag");
        tag.getStyleClass().add(styleClass(urgency) + "-tag");
        return tag;
    }

    /**
     * Styles {@code card} for a message that sends the person to a doctor, with the urgency in words
     * at its top and, for an emergency, the number to call in large type.
     */
    public static Card mark(Card card, ScreenContext context, Urgency urgency) {
        markLevel(card, context, urgency);
        if (urgency == Urgency.EMERGENCY) {
            card.getChildren().add(1, callNow(context));
        }
        return card;
    }

    /** As {@link #mark}, without the number to call: for a list below a card that already shows it. */
    public static Card markLevel(Card card, ScreenContext context, Urgency urgency) {
        card.styled("urgency-card", styleClass(urgency));
        card.getChildren().add(0, tag(context, urgency));
        return card;
    }

    /** "Call 911 now", large: the one thing an emergency message must get across. */
    public static Label callNow(ScreenContext context) {
        Label call = Card.wrapped(context.content().doctor().callNow(), "urgency-call");
        call.setId("call-now");
        return call;
    }

    /** The icon beside a heading at this urgency. */
    public static String icon(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> "mdi2p-phone-alert";
            case TODAY, SOON -> "mdi2a-alert-octagon";
            case ROUTINE -> "mdi2a-account-question";
            case SELF_CARE -> "mdi2i-information";
        };
    }
}
