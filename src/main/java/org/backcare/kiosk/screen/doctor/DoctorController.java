package org.backcare.kiosk.screen.doctor;

import org.backcare.kiosk.content.DoctorTopic;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

/** "When to see a doctor": every red flag in full view, none behind a tap. */
public final class DoctorController extends TopicScreen {

    public DoctorController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        DoctorTopic doctor = context.content().doctor();
        Card today = new Card().styled("card-danger", "card-strong").heading(context.text("doctor.today"), "mdi2a-alert-octagon")
                .text(doctor.todayNote());
        today.setId("today-note");
        banner(today);
        for (RedFlag flag : doctor.redFlags()) {
            Card card = new Card().styled("card-danger");
            if (flag.urgency() == Urgency.TODAY) {
                card.add(Card.wrapped(context.text("urgency.TODAY"), "danger-tag"));
            }
            card.heading(flag.sign(), "mdi2a-alert").text(flag.why());
            card.setId(flag.id());
            add(card);
        }
    }
}
