package org.backcare.kiosk.screen.doctor;

import org.backcare.kiosk.content.DoctorTopic;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.screen.UrgencyLook;
import org.backcare.kiosk.widget.Card;

/** "When to see a doctor": every red flag in full view, none behind a tap. */
public final class DoctorController extends TopicScreen {

    public DoctorController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        DoctorTopic doctor = context.content().doctor();
        Card emergency = new Card().heading(context.text("doctor.emergency"), UrgencyLook.icon(Urgency.EMERGENCY))
                .text(doctor.emergencyNote());
        UrgencyLook.mark(emergency, context, Urgency.EMERGENCY);
        emergency.setId("emergency-note");
        banner(emergency);
        for (RedFlag flag : doctor.redFlags()) {
            Card card = new Card().heading(flag.sign(), "mdi2a-alert").text(flag.why());
            if (flag.urgency().seeDoctor()) {
                UrgencyLook.markLevel(card, context, flag.urgency()); // the card above says whom to call
            }
            card.setId(flag.id());
            add(card);
        }
    }
}
