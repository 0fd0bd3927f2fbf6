package org.backcare.kiosk.screen.keypoints;

import org.backcare.kiosk.content.KeyPoint;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

/** "Key points": what to remember, each with a way to read more. */
public final class KeyPointsController extends TopicScreen {

    public KeyPointsController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        int n = 1;
        for (KeyPoint point : context.content().keyPoints().points()) {
            Card card = new Card().tag(context.text("keypoints.number", n++)).heading(point.text());
            if (point.evidence() != null) {
                evidence(point.evidence()).ifPresent(note -> card.add(researchNote(note)));
            }
            if (point.topic() != null) {
                Topic.byId(point.topic()).ifPresent(t -> card.add(topicLink(t, point.id())));
            }
            card.setId(point.id());
            add(card);
        }
        Card closing = new Card().styled("card-note").text(context.content().keyPoints().closing());
        closing.setId("closing");
        add(closing);
    }
}
