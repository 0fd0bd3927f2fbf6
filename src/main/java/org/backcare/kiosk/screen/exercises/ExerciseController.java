package org.backcare.kiosk.screen.exercises;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.FigureCards;
import org.backcare.kiosk.screen.HandoutActions;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.screen.UrgencyLook;
import org.backcare.kiosk.widget.Card;

import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;
import java.util.Optional;

/**
 * One exercise: its moving figure and the way into its guided walkthrough, then the steps, the stop
 * rule, how long and how often, cautions and sources.
 */
public final class ExerciseController extends TopicScreen {

    @FXML
    private Label direction;

    public ExerciseController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        String id = ((Route.ExercisePage) context.route()).exerciseId();
        Exercise exercise = context.content().exercises().exercise(id).orElseThrow();
        direction.setText(context.text("direction." + exercise.direction().name().toLowerCase(Locale.ROOT)));
        lead.setText(exercise.purpose());

        Card steps = new Card(context.text("exercise.steps")).numbered(exercise.steps());
        steps.setId("steps");
        Card dose = new Card(context.text("exercise.dose"))
                .labelled(context.text("exercise.hold"), holdText(context, exercise.holdSeconds()))
                .labelled(context.text("exercise.repetitions"), context.text("exercise.times", exercise.repetitions()))
                .labelled(context.text("exercise.howOften"), exercise.howOften());
        dose.setId("dose");
        Card stop = new Card().styled("card-danger")
                .heading(context.text("exercise.stopRule"), "mdi2a-alert-octagon")
                .bullets(context.content().exercises().stopRule());
        stop.setId("stop-rule");
        Card cautions = new Card(context.text("exercise.cautions")).bullets(exercise.cautions());
        cautions.setId("cautions");
        Card sources = new Card(context.text("exercise.sources"))
                .bullets(exercise.sources().stream().flatMap(s -> citation(s).stream()).map(s -> s.citation()).toList());
        sources.setId("exercise-sources");
        add(FigureCards.of(context, exercise), guided(exercise), steps, stop, dose, cautions, sources);
        banner(takeHome(exercise));
    }

    /**
     * Print and save this exercise's handout and, for a therapist, add it to the patient's plan: a
     * row under the lead. In kiosk mode without a printer there is nothing to offer, and no row.
     */
    private VBox takeHome(Exercise exercise) {
        HandoutActions actions = new HandoutActions(context,
                () -> context.takeHome().handouts(context.content()).forExercise(exercise.id(), context.takeHome().today()),
                exercise.id());
        VBox box = new VBox();
        box.getStyleClass().add("take-home-row");
        box.setId("takeHome");
        if (context.takeHome().mode() == Mode.THERAPIST) {
            Button planLink = HandoutActions.planLink(context);
            box.getChildren().add(actions.buttons(addToPlan(exercise, actions, planLink), planLink));
        } else {
            box.getChildren().add(actions.buttons());
        }
        box.getChildren().add(actions.status());
        if (!actions.offersMoreThanPrint()) {
            box.visibleProperty().bind(context.takeHome().printerReadyProperty());
            box.managedProperty().bind(box.visibleProperty());
        }
        return box;
    }

    /** "Add to handout", then "Take out of handout": the therapist's plan for this patient. */
    private Button addToPlan(Exercise exercise, HandoutActions actions, Button planLink) {
        Button add = new Button();
        add.setId("addToHandout");
        add.getStyleClass().add("link-button");
        add.setWrapText(true);
        Runnable label = () -> {
            boolean in = context.takeHome().inPlan(exercise.id());
            add.setText(context.text(in ? "takeHome.remove" : "takeHome.add"));
            add.setGraphic(new FontIcon(in ? "mdi2c-clipboard-remove-outline" : "mdi2c-clipboard-plus-outline"));
        };
        label.run();
        add.setOnAction(e -> {
            if (context.takeHome().inPlan(exercise.id())) {
                context.takeHome().removeFromPlan(exercise.id());
            } else if (!context.takeHome().addToPlan(exercise.id())) {
                actions.status().setText(context.text("takeHome.full"));
                actions.status().setVisible(true);
            }
            label.run();
            planLink.setText(context.text("takeHome.openPlan", context.takeHome().plan().size()));
        });
        return add;
    }

    /**
     * The way into the guided walkthrough. A bending-forward (flexion) exercise first asks the
     * picker's bone question, as the picker does before it offers one: only the answer that clears
     * the person (No) opens the walkthrough; any other asks them to check with a clinician first.
     */
    private Card guided(Exercise exercise) {
        Card card = new Card().heading(context.text("exercise.guided"), "mdi2p-play-circle")
                .text(context.text("exercise.guidedHint"));
        card.setId("guided");
        Route walkthrough = new Route.Walkthrough(exercise.id());
        Button start = new Button(context.text("exercise.start"), new FontIcon("mdi2p-play"));
        start.setId("start-walkthrough");
        start.getStyleClass().add("main-action");
        start.setWrapText(true);
        card.add(start);
        PickerTopic picker = context.content().picker();
        Optional<Question> boneQuestion = picker.questionOf(picker.flexionClearedBy());
        if (exercise.direction() != Direction.FLEXION || boneQuestion.isEmpty()) {
            start.setOnAction(e -> context.navigator().go(walkthrough));
            return card;
        }
        start.setOnAction(e -> {
            card.getChildren().remove(start);
            askBoneQuestion(card, boneQuestion.get(), picker.flexionClearedBy(), walkthrough);
        });
        return card;
    }

    private void askBoneQuestion(Card card, Question question, String clearedBy, Route walkthrough) {
        VBox check = new VBox(Card.wrapped(context.text("exercise.boneCheck"), "card-label"),
                Card.wrapped(question.text(), "card-text"));
        check.setId("bone-check");
        check.getStyleClass().add("answer-list");
        if (question.hint() != null) {
            check.getChildren().add(Card.wrapped(question.hint(), "card-text"));
        }
        for (Answer answer : question.answers()) {
            Button button = new Button(answer.text());
            button.setId("bone-" + answer.id());
            button.getStyleClass().add("answer");
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                if (answer.id().equals(clearedBy)) {
                    context.navigator().go(walkthrough);
                } else {
                    card.getChildren().remove(check);
                    Label ask = Card.wrapped(context.text("exercise.askFirst"), "card-text");
                    ask.setId("ask-first");
                    card.add(UrgencyLook.tag(context, Urgency.ROUTINE), ask);
                }
            });
            check.getChildren().add(button);
        }
        card.add(check);
    }

    /** "Hold 20 seconds · 3 times", for tiles. */
    static String dose(ScreenContext context, Exercise exercise) {
        return exercise.holdSeconds() > 0
                ? context.text("exercise.doseShort", holdText(context, exercise.holdSeconds()), exercise.repetitions())
                : context.text("exercise.times", exercise.repetitions());
    }

    static String holdText(ScreenContext context, int seconds) {
        if (seconds == 0) {
            return context.text("exercise.noHold");
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return context.text("exercise.minutes", seconds / 60);
        }
        return context.text("exercise.seconds", seconds);
    }

    static String icon(Direction direction) {
        return switch (direction) {
            case FLEXION -> "mdi2h-human-handsdown";
            case EXTENSION -> "mdi2h-human-handsup";
            case GENERAL -> "mdi2w-walk";
        };
    }
}
