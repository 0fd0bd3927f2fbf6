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

    private WalkthroughViewModel model;
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

    public WalkthroughController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        String id = ((Route.Walkthrough) context.route()).exerciseId();
        Exercise exercise = context.content().exercises().exercise(id).orElseThrow();
        model = new WalkthroughViewModel(exercise, context.clock());
        lead.setText(exercise.purpose());

        Card stop = new Card().styled("card-danger")
                .heading(context.text("exercise.stopRule"), "mdi2a-alert-octagon")
                .bullets(context.content().exercises().stopRule());
        stop.setId("stop-rule");
        banner(stop);
        cards.getChildren().add(0, FigureCards.of(context, exercise));

        ticks.getKeyFrames().setAll(new KeyFrame(Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        previousStep.disableProperty().bind(model.firstStepProperty());
        nextStep.disableProperty().bind(model.lastStepProperty());
        model.stepProperty().addListener((o, was, now) -> showStep());
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
        if (model.isHolding()) {
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
        showTimer();
    }

    private void activeUntil(java.time.Instant until) {
        scroller.fireEvent(new org.backcare.kiosk.screen.ActivityEvent(until));
    }

    private void tick() {
        if (!model.tick()) {
            ticks.stop();
        }
        showTimer();
    }

    private void showTimer() {
        int left = model.secondsLeftProperty().get();
        repetition.setText(context.text("walkthrough.repetition", model.repetitionProperty().get(), model.repetitions()));
        countdown.setText(Integer.toString(left));
        countdownUnit.setText(context.text("walkthrough.secondsLeft", left));
        HoldTimer.State state = model.stateProperty().get();
        timerStatus.setText(switch (state) {
            case READY -> context.text("walkthrough.ready");
            case HOLDING -> context.text("walkthrough.holding");
            case PAUSED -> context.text("walkthrough.paused");
            case RESTING -> context.text("walkthrough.resting", model.repetitionProperty().get());
            case DONE -> context.text("walkthrough.done");
        });
        boolean holding = state == HoldTimer.State.HOLDING;
        startPause.setText(context.text(holding ? "walkthrough.pause" : "walkthrough.start"));
        startPause.setGraphic(new FontIcon(holding ? "mdi2p-pause" : "mdi2p-play"));
        startPause.setDisable(state == HoldTimer.State.DONE);
    }
}
