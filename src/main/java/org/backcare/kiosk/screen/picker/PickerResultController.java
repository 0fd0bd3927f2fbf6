package org.backcare.kiosk.screen.picker;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.ResultNote;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.handout.Handout;
import org.backcare.kiosk.screen.HandoutActions;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.screen.UrgencyLook;
import org.backcare.kiosk.widget.Card;

import java.util.List;

/**
 * The picker's result: the pattern in hedged words, what to do, positions to favour and avoid,
 * the exercises (each opening a guided walkthrough), and reminders, red flags included. A result
 * that sends the person to a doctor shows no self-care beside it; an emergency shows nothing else.
 */
public final class PickerResultController extends TopicScreen {

    public PickerResultController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        Route.PickerStep step = (Route.PickerStep) context.route();
        Step.Finish finish = (Step.Finish) context.picker()
                .next(step.answers());
        PickerResult result = finish.result();
        Urgency urgency = result.urgency();
        lead.setText(result.title());
        lead.setId("result-" + result.id());
        if (urgency.compareTo(Urgency.SOON) >= 0) {
            lead.getStyleClass().add("result-title-doctor");
        }

        Card summary = new Card().heading(context.text("picker.pattern"), UrgencyLook.icon(urgency))
                .text(result.pattern());
        if (urgency.seeDoctor()) {
            UrgencyLook.mark(summary, context, urgency);
        } else {
            summary.styled("card-note");
        }
        for (ResultNote note : finish.notes()) {
            summary.add(Card.wrapped(note.text(), note.urgent() ? "danger-tag" : "card-text"));
        }
        if (!finish.reasons().isEmpty()) {
            summary.add(Card.wrapped(context.text("picker.reasons"), "card-label"));
            summary.bullets(finish.reasons().stream().map(Answer::text).toList());
        }
        summary.setId("result-summary");
        if (urgency == Urgency.EMERGENCY) {
            // Emergency now: one message and nothing beside it, not even the other red flags.
            summary.add(Card.wrapped(context.text("picker.whatToDo"), "card-label")).bullets(result.advice());
            banner(summary);
            return;
        }
        banner(summary);
        add(card("result-advice", context.text("picker.whatToDo"), result.advice()));
        if (!urgency.seeDoctor()) {
            addSelfCare(result, finish);
        }
        add(warningSigns());
        takeHome(finish);
    }

    /**
     * The handout of this result to take home: its QR code, print and save. Never on an emergency,
     * which shows nothing beside "call now".
     */
    private void takeHome(Step.Finish finish) {
        if (finish.exercises().isEmpty() && finish.result().advice().isEmpty()) {
            return;
        }
        Handout handout = context.takeHome().handouts(context.content()).forResult(finish, context.takeHome().today());
        HandoutActions actions = new HandoutActions(context, () -> handout, finish.result().id());
        footer(actions.card(handout));
    }

    /** Every red flag, the emergency ones first under their own red label, so none reads as "book a visit". */
    private Card warningSigns() {
        List<RedFlag> all = context.content().doctor().redFlags();
        Card flags = new Card().styled("card-danger").heading(context.text("picker.redFlags"), "mdi2a-alert");
        List<String> emergency = all.stream().filter(f -> f.urgency() == Urgency.EMERGENCY).map(RedFlag::sign).toList();
        if (!emergency.isEmpty()) {
            Label label = Card.wrapped(context.text("picker.emergencyIf"), "danger-tag");
            label.setId("red-flags-emergency");
            flags.add(label).bullets(emergency);
            flags.add(Card.wrapped(context.text("picker.doctorIf"), "card-label"));
        }
        flags.bullets(all.stream().filter(f -> f.urgency() != Urgency.EMERGENCY).map(RedFlag::sign).toList());
        flags.setId("result-red-flags");
        return flags;
    }

    /** What only a self-care result shows: the exercises the answers allow, positions, reminders. */
    private void addSelfCare(PickerResult result, Step.Finish finish) {
        if (!finish.exercises().isEmpty()) {
            Card exercises = new Card(context.text("picker.exercises")).text(context.text("picker.exercisesHint"));
            VBox links = new VBox();
            links.getStyleClass().add("answer-list");
            for (String id : finish.exercises()) {
                context.content().exercises().exercise(id).ifPresent(e -> links.getChildren().add(walkthroughLink(e)));
            }
            exercises.add(links);
            exercises.setId("result-exercises");
            add(exercises);
        }
        if (!result.favour().isEmpty()) {
            add(card("result-favour", context.text("picker.favour"), result.favour()));
        }
        if (!result.avoid().isEmpty()) {
            add(card("result-avoid", context.text("picker.avoid"), result.avoid()));
        }
        PickerTopic picker = context.content().picker();
        Card reminders = card("result-reminders", context.text("picker.reminders"), picker.reminders());
        picker.reminderEvidence().forEach(id -> evidence(id).ifPresent(note -> reminders.add(researchNote(note))));
        add(reminders);
    }

    private static Card card(String id, String heading, List<String> points) {
        Card card = new Card(heading).bullets(points);
        card.setId(id);
        return card;
    }

    private Button walkthroughLink(Exercise exercise) {
        Button link = link("walkthrough-" + exercise.id(), exercise.name(), "mdi2p-play", "answer",
                new Route.Walkthrough(exercise.id()));
        link.setMaxWidth(Double.MAX_VALUE);
        return link;
    }

    @FXML
    private void startOver() {
        PickerFlow.startOver(context);
    }
}
