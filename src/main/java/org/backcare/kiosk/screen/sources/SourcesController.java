package org.backcare.kiosk.screen.sources;

import org.backcare.kiosk.content.EvidenceNote;
import org.backcare.kiosk.content.Review;
import org.backcare.kiosk.content.Source;
import org.backcare.kiosk.content.SourcesTopic;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

import java.util.List;

/** "Sources": the not-a-diagnosis note, the article and its references, research notes and the review. */
public final class SourcesController extends TopicScreen {

    public SourcesController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        SourcesTopic sources = context.content().sources();
        Card disclaimer = new Card().styled("card-note").heading(context.text("sources.disclaimer"), "mdi2i-information")
                .text(sources.disclaimer());
        disclaimer.setId("disclaimer");
        Card article = new Card(context.text("sources.article")).text(sources.article().citation())
                .text(sources.article().usedFor());
        article.setId("article");
        Card references = citations(context.text("sources.references"), sources.references());
        references.setId("references");
        Card other = citations(context.text("sources.other"), sources.otherSources());
        other.setId("other-sources");
        Card research = new Card(context.text("sources.research")).text(context.text("sources.researchLead"));
        for (EvidenceNote note : context.content().selfCare().evidence()) {
            research.add(researchNote(note));
        }
        research.setId("research");
        Review review = sources.review();
        Card reviewed = new Card(context.text("sources.review"))
                .labelled(context.text("sources.reviewedBy"), review.by())
                .labelled(context.text("sources.reviewedOn"), review.on())
                .text(review.note());
        reviewed.setId("review");
        add(disclaimer, article, references, other, research, reviewed);
    }

    private Card citations(String heading, List<Source> list) {
        Card card = new Card(heading);
        for (Source source : list) {
            card.add(Card.wrapped(source.citation(), "citation"), Card.wrapped(source.usedFor(), "card-text-muted"));
        }
        return card;
    }
}
