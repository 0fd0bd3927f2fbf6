package org.backcare.kiosk.screen;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.EvidenceNote;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Source;
import org.backcare.kiosk.content.SourcesTopic;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.nav.ScreenLifecycle;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.Expander;
import org.backcare.kiosk.widget.ResponsiveGrid;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the topic screens share: a lead paragraph and a grid of cards in a scrolling column,
 * plus the few building blocks several screens use (links to exercises, research notes).
 */
public abstract class TopicScreen implements ScreenLifecycle {

    protected final ScreenContext context;

    @FXML
    protected Label lead;
    @FXML
    protected ResponsiveGrid cards;
    @FXML
    private VBox column;

    protected TopicScreen(ScreenContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        Route route = context.route();
        if (route instanceof Route.TopicPage page) {
            lead.setText(context.content().info(page.topic()).lead());
        }
        fill();
    }

    /** Adds this screen's cards. */
    protected abstract void fill();

    protected void add(Node... nodes) {
        cards.getChildren().addAll(nodes);
    }

    /** A full-width card between the lead and the grid, for what must be read first. */
    protected void banner(Node node) {
        column.getChildren().add(column.getChildren().indexOf(cards), node);
    }

    /** A full-width card under the grid, for what comes after reading: taking it home. */
    protected void footer(Node node) {
        column.getChildren().add(column.getChildren().indexOf(cards) + 1, node);
    }

    /**
     * The buttons opening each exercise, one under another: a name as long as the content allows
     * wraps inside its button at the largest text size, where a row of them would run off the card.
     */
    protected VBox exerciseLinks(List<String> exerciseIds) {
        VBox links = new VBox();
        links.getStyleClass().add("link-column");
        for (String id : exerciseIds) {
            context.content().exercises().exercise(id).ifPresent(exercise -> {
                Button link = exerciseLink(exercise);
                link.setMaxWidth(Region.USE_PREF_SIZE);
                links.getChildren().add(link);
            });
        }
        return links;
    }

    private Button exerciseLink(Exercise exercise) {
        return link("link-" + exercise.id(), exercise.name(), "mdi2y-yoga", "link-button",
                new Route.ExercisePage(exercise.id()));
    }

    /** A button that opens a route: links to exercises, topics and walkthroughs. */
    protected Button link(String id, String text, String icon, String styleClass, Route to) {
        Button link = new Button(text, new FontIcon(icon));
        link.setId(id);
        link.getStyleClass().add(styleClass);
        link.setWrapText(true);
        link.setOnAction(e -> context.navigator().go(to));
        return link;
    }

    /** The card beside a picture that invites a tap, until something is chosen. */
    protected Card tapPrompt(String headingKey, String hintKey) {
        Card prompt = new Card().styled("card-note").heading(context.text(headingKey), "mdi2g-gesture-tap")
                .text(context.text(hintKey));
        prompt.setId("tap-prompt");
        return prompt;
    }

    /** A button that opens another topic. */
    protected Button topicLink(Topic topic, String idSuffix) {
        return link("link-" + topic.id() + "-" + idSuffix, context.text("link.moreAbout", context.content().info(topic).tile()),
                "mdi2a-arrow-right", "link-button", Route.of(topic));
    }

    /** The "What the research says" expander for an evidence note, closed until tapped. */
    protected Expander researchNote(EvidenceNote note) {
        VBox body = new VBox(Card.wrapped(note.text(), "card-text"));
        body.getStyleClass().add("research-body");
        for (String sourceId : note.sources()) {
            citation(sourceId).ifPresent(s -> body.getChildren().add(Card.wrapped(s.citation(), "citation")));
        }
        Expander expander = new Expander(context.text("research.title", note.about()), "mdi2f-flask-outline", body);
        expander.setId("research-" + note.id());
        expander.getStyleClass().add("research-note");
        expander.setMaxWidth(Double.MAX_VALUE);
        return expander;
    }

    /** The research note with this id (self-care.json holds them). */
    protected java.util.Optional<EvidenceNote> evidence(String noteId) {
        return context.content().selfCare().evidence().stream().filter(n -> n.id().equals(noteId)).findFirst();
    }

    protected java.util.Optional<Source> citation(String sourceId) {
        SourcesTopic sources = context.content().sources();
        return Stream.concat(Stream.of(sources.article()),
                        Stream.concat(sources.references().stream(), sources.otherSources().stream()))
                .filter(s -> s.id().equals(sourceId)).findFirst();
    }
}
