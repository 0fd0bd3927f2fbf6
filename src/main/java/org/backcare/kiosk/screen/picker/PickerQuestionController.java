package org.backcare.kiosk.screen.picker;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.ScreenContext;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * One question of the picker, with large answer buttons. A single-choice answer moves on at
 * once; several answers are confirmed with Next. Each answer is a new step in the navigator's
 * history, so Back returns to the previous question with nothing lost.
 */
public final class PickerQuestionController {

    private final ScreenContext context;
    private final PickerQuestionViewModel model;
    private final List<ToggleButton> toggles = new ArrayList<>();

    @FXML
    private Label progress;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label questionText;
    @FXML
    private Label hint;
    @FXML
    private VBox answerList;
    @FXML
    private Button nextButton;

    public PickerQuestionController(ScreenContext context) {
        this.context = context;
        this.model = new PickerQuestionViewModel(context.picker(), ((Route.PickerStep) context.route()).answers());
    }

    @FXML
    private void initialize() {
        Question question = model.question();
        progress.setText(context.text("picker.progress", model.number(), model.most()));
        progressBar.setProgress(model.progress());
        questionText.setText(question.text());
        hint.setText(question.hint() == null ? "" : question.hint());
        hint.setManaged(question.hint() != null);
        hint.setVisible(question.hint() != null);
        for (Answer answer : question.answers()) {
            answerList.getChildren().add(question.multiple() ? toggle(answer) : button(answer));
        }
        nextButton.setVisible(question.multiple());
        nextButton.setManaged(question.multiple());
        nextButton.disableProperty().bind(model.canGoNextProperty().not());
    }

    private Button button(Answer answer) {
        Button button = new Button(answer.text(), new FontIcon("mdi2c-chevron-right"));
        style(button, answer);
        button.setOnAction(e -> context.navigator().go(new Route.PickerStep(model.tapped(answer.id()))));
        return button;
    }

    private ToggleButton toggle(Answer answer) {
        FontIcon box = new FontIcon("mdi2c-checkbox-blank-outline");
        ToggleButton toggle = new ToggleButton(answer.text(), box);
        toggle.setUserData(answer);
        style(toggle, answer);
        toggle.selectedProperty().addListener((o, was, selected) -> {
            box.setIconLiteral(selected ? "mdi2c-checkbox-marked" : "mdi2c-checkbox-blank-outline");
            model.choose(answer.id(), selected);
            for (ToggleButton other : toggles) {
                other.setSelected(model.isChosen(((Answer) other.getUserData()).id()));
            }
        });
        toggles.add(toggle);
        return toggle;
    }

    private void style(ButtonBase button, Answer answer) {
        button.setId("answer-" + answer.id());
        button.getStyleClass().add("answer");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
    }

    @FXML
    private void next() {
        model.next().ifPresent(next -> context.navigator().go(new Route.PickerStep(next)));
    }

    @FXML
    private void startOver() {
        PickerFlow.startOver(context);
    }
}
