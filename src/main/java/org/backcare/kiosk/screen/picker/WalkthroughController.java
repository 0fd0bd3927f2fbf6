package org.backcare.kiosk.screen.picker;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.HoldTimer;
import org.backcare.kiosk.screen.FigureCards;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A guided walkthrough of one exercise: the stop rule first and always in view, the steps one at
 * a time, and a hold countdown with a repetition counter (start, pause, reset).
 */
public final class WalkthroughController extends TopicScreen {

    private Exercise exercise;
    private HoldTimer timer;
    private int stepIndex;
    private final Timeline ticks = new Timeline();
    /** A running hold counts as activity for its hold plus this, so the idle reset never cuts into it. */
    static final java.time.Duration HOLD_MARGIN = java.time.Duration.ofSeconds(15);

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

    public WalkthroughController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        String id = ((Route.Walkthrough) context.route()).exerciseId();
        exercise = context.content().exercises().exercise(id).orElseThrow();
        timer = new HoldTimer(exercise.holdSeconds(), exercise.repetitions(), context.clock());
        lead.setText(exercise.purpose());

        Card stop = new Card().styled("card-danger")
                .heading(context.text("exercise.stopRule"), "mdi2a-alert-octagon")
                .bullets(context.content().exercises().stopRule());
        stop.setId("stop-rule");
        banner(stop);
        cards.getChildren().add(0, FigureCards.of(context, exercise));

        ticks.getKeyFrames().setAll(new KeyFrame(Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        showStep();
        showTimer();
    }

    /** The timeline must not outlive the screen. */
    @Override
    public void left() {
        ticks.stop();
    }

    @FXML
    private void previousStep() {
        stepIndex = Math.max(0, stepIndex - 1);
        showStep();
    }

    @FXML
    private void nextStep() {
        stepIndex = Math.min(exercise.steps().size() - 1, stepIndex + 1);
        showStep();
    }

    private void showStep() {
        stepNumber.setText(context.text("walkthrough.step", stepIndex + 1, exercise.steps().size()));
        stepText.setText(exercise.steps().get(stepIndex));
        previousStep.setDisable(stepIndex == 0);
        nextStep.setDisable(stepIndex == exercise.steps().size() - 1);
    }

    @FXML
    private void startOrPause() {
        if (timer.state() == HoldTimer.State.HOLDING) {
            timer.pause();
            ticks.stop();
            activeUntil(context.clock().instant());
        } else {
            timer.start();
            ticks.play();
            activeUntil(context.clock().instant().plusSeconds(timer.secondsLeft()).plus(HOLD_MARGIN));
        }
        showTimer();
    }

    @FXML
    private void reset() {
        timer.reset();
        ticks.stop();
        activeUntil(context.clock().instant());
        showTimer();
    }

    private void activeUntil(java.time.Instant until) {
        scroller.fireEvent(new org.backcare.kiosk.screen.ActivityEvent(until));
    }

    private void tick() {
        timer.update();
        if (timer.state() != HoldTimer.State.HOLDING) {
            ticks.stop();
        }
        showTimer();
    }

    private void showTimer() {
        repetition.setText(context.text("walkthrough.repetition", timer.currentRepetition(), timer.repetitions()));
        countdown.setText(Integer.toString(timer.secondsLeft()));
        countdownUnit.setText(context.text("walkthrough.secondsLeft", timer.secondsLeft()));
        HoldTimer.State state = timer.state();
        timerStatus.setText(switch (state) {
            case READY -> context.text("walkthrough.ready");
            case HOLDING -> context.text("walkthrough.holding");
            case PAUSED -> context.text("walkthrough.paused");
            case RESTING -> context.text("walkthrough.resting", timer.currentRepetition());
            case DONE -> context.text("walkthrough.done");
        });
        boolean holding = state == HoldTimer.State.HOLDING;
        startPause.setText(context.text(holding ? "walkthrough.pause" : "walkthrough.start"));
        startPause.setGraphic(new FontIcon(holding ? "mdi2p-pause" : "mdi2p-play"));
        startPause.setDisable(state == HoldTimer.State.DONE);
    }
}
