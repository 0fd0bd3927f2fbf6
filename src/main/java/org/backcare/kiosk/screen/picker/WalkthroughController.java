package org.backcare.kiosk.screen.picker;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.HoldTimer;
import org.backcare.kiosk.screen.ActivityEvent;
import org.backcare.kiosk.screen.FigureCards;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.widget.Card;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A guided walkthrough of one exercise: the stop rule first and always in view, the timer with
 * Start beside the figure (in view without scrolling), the steps one at a time. Once started, the
 * repetitions run by themselves with a rest between them, counted on screen and, with sound on, by
 * tones and a voice; Pause and Resume; "All done" says what to do next.
 */
public final class WalkthroughController extends TopicScreen implements WalkthroughViewModel.Cues {

    private WalkthroughViewModel model;
    private Exercise exercise;
    private final Timeline ticks = new Timeline();

    @FXML
    private ScrollPane scroller;
    @FXML
    private Label stepNumber;
    @FXML
    private Label stepText;
    @FXML
    private Button previousStep;
    @FXML
    private Button nextStep;
    @FXML
    private Label repetition;
    @FXML
    private Label countdown;
    @FXML
    private Label countdownUnit;
    @FXML
    private Label timerStatus;
    @FXML
    private Button startPause;
    @FXML
    private Button resetTimer;
    @FXML
    private VBox donePanel;
    @FXML
    private Button nextExercise;

    public WalkthroughController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        String id = ((Route.Walkthrough) context.route()).exerciseId();
        exercise = context.content().exercises().exercise(id).orElseThrow();
        model = new WalkthroughViewModel(exercise, context.clock(), this);
        lead.setText(exercise.purpose());

        Card stop = new Card().styled("card-danger")
                .heading(context.text("exercise.stopRule"), "mdi2a-alert-octagon")
                .bullets(context.content().exercises().stopRule());
        stop.setId("stop-rule");
        banner(stop);
        // The figure beside the timer: Start is in the first row of cards, in view without scrolling.
        cards.getChildren().add(0, FigureCards.of(context, exercise));

        ticks.getKeyFrames().setAll(new KeyFrame(Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        previousStep.disableProperty().bind(model.firstStepProperty());
        nextStep.disableProperty().bind(model.lastStepProperty());
        model.stepProperty().addListener((o, was, now) -> showStep());
        Optional<Exercise> next = nextOfTheSameKind();
        nextExercise.setVisible(next.isPresent());
        nextExercise.setManaged(next.isPresent());
        next.ifPresent(e -> nextExercise.setText(context.text("walkthrough.nextExercise", e.name())));
        startPause.setMinWidth(Region.USE_PREF_SIZE);
        showStep();
        showTimer();
    }

    /**
     * The next exercise of the same direction (or a general one), in the content's order: its page,
     * not its walkthrough, so a bending-forward one asks its bone question first.
     */
    private Optional<Exercise> nextOfTheSameKind() {
        List<Exercise> all = context.content().exercises().exercises();
        int at = all.indexOf(exercise);
        for (int i = at + 1; i < all.size(); i++) {
            Exercise e = all.get(i);
            if (e.direction() == exercise.direction() || e.direction() == Direction.GENERAL) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Neither the timeline nor a voice may outlive the screen. */
    @Override
    public void left() {
        ticks.stop();
        context.audio().stop();
    }

    @FXML
    private void previousStep() {
        model.previousStep();
    }

    @FXML
    private void nextStep() {
        model.nextStep();
    }

    private void showStep() {
        stepNumber.setText(context.text("walkthrough.step", model.stepProperty().get() + 1, model.stepCount()));
        stepText.setText(model.stepText());
    }

    @FXML
    private void startOrPause() {
        activeUntil(model.startOrPause());
        if (model.isRunning()) {
            ticks.play();
        } else {
            ticks.stop();
        }
        showTimer();
    }

    @FXML
    private void reset() {
        activeUntil(model.reset());
        ticks.stop();
        context.audio().stop();
        showTimer();
    }

    @FXML
    private void backToExercise() {
        context.navigator().go(new Route.ExercisePage(exercise.id()));
    }

    @FXML
    private void nextExercise() {
        nextOfTheSameKind().ifPresent(e -> context.navigator().go(new Route.ExercisePage(e.id())));
    }

    private void activeUntil(Instant until) {
        scroller.fireEvent(new ActivityEvent(until));
    }

    private void tick() {
        if (!model.tick()) {
            ticks.stop();
        }
        showTimer();
    }

    private void showTimer() {
        HoldTimer.State state = model.stateProperty().get();
        HoldTimer.State phase = state == HoldTimer.State.PAUSED ? model.pausedInProperty().get() : state;
        boolean resting = phase == HoldTimer.State.RESTING;
        boolean done = state == HoldTimer.State.DONE;
        int left = resting ? model.restSecondsLeftProperty().get() : model.secondsLeftProperty().get();
        repetition.setText(resting && !done ? context.text("walkthrough.rest")
                : context.text("walkthrough.repetition", model.repetitionProperty().get(), model.repetitions()));
        countdown.setText(Integer.toString(left));
        countdownUnit.setText(context.text(resting ? "walkthrough.restLeft" : "walkthrough.secondsLeft", left));
        countdown.getParent().setVisible(!done);
        ((Region) countdown.getParent()).setManaged(!done);
        timerStatus.setText(switch (state) {
            case READY -> context.text("walkthrough.ready");
            case HOLDING -> context.text("walkthrough.holding");
            case PAUSED -> context.text("walkthrough.paused");
            case RESTING -> context.text("walkthrough.resting", model.repetitionProperty().get());
            case DONE -> context.text("walkthrough.done");
        });
        boolean running = model.isRunning();
        startPause.setText(context.text(running ? "walkthrough.pause"
                : state == HoldTimer.State.PAUSED ? "walkthrough.resume" : "walkthrough.start"));
        startPause.setGraphic(new FontIcon(running ? "mdi2p-pause" : "mdi2p-play"));
        startPause.setDisable(done);
        startPause.setVisible(!done);
        startPause.setManaged(!done);
        resetTimer.setVisible(!done);
        resetTimer.setManaged(!done);
        donePanel.setVisible(done);
        donePanel.setManaged(done);
    }

    private String language() {
        return context.appearance().languageProperty().get();
    }

    @Override
    public void holdStarted(int repetition, int of) {
        context.audio().cue(Audio.Tone.HOLD_START);
        context.audio().cueSay(context.text("walkthrough.sayRepetition", repetition, of), language());
    }

    @Override
    public void secondsLeft(int seconds) {
        context.audio().cueSay(Integer.toString(seconds), language());
    }

    @Override
    public void restStarted(int nextRepetition) {
        context.audio().cue(Audio.Tone.HOLD_END);
        context.audio().cueSay(context.text("walkthrough.sayRest"), language());
    }

    @Override
    public void allDone() {
        context.audio().cue(Audio.Tone.HOLD_END);
        context.audio().cueSay(context.text("walkthrough.done"), language());
    }
}
