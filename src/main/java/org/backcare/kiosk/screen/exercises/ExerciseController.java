package org.backcare.kiosk.screen.exercises;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.FigureCards;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;

import java.util.Locale;

/** One exercise: the stop rule first, then the steps, how long and how often, cautions and sources. */
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
        add(FigureCards.of(context, exercise), steps, stop, dose, cautions, sources);
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
