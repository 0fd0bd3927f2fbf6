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
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.screen.ScreenContext;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One question of the picker, with large answer buttons. A single-choice answer moves on at
 * once; several answers are confirmed with Next. Each answer is a new step in the navigator's
 * history, so Back returns to the previous question with nothing lost.
 */
public final class PickerQuestionController {

    private final ScreenContext context;
    private final PickerEngine engine;
    private final Answers answers;
    private final List<ToggleButton> toggles = new ArrayList<>();
    private Question question;

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
        this.engine = context.picker();
        this.answers = ((Route.PickerStep) context.route()).answers();
    }

    @FXML
    private void initialize() {
        question = ((Step.Ask) engine.next(answers)).question();
        int number = answers.count() + 1;
        int most = answers.count() + engine.mostQuestionsLeft(answers);
        progress.setText(context.text("picker.progress", number, most));
        progressBar.setProgress((double) answers.count() / most);
        questionText.setText(question.text());
        hint.setText(question.hint() == null ? "" : question.hint());
        hint.setManaged(question.hint() != null);
        hint.setVisible(question.hint() != null);
        for (Answer answer : question.answers()) {
            answerList.getChildren().add(question.multiple() ? toggle(answer) : button(answer));
        }
        nextButton.setVisible(question.multiple());
        nextButton.setManaged(question.multiple());
        nextButton.setDisable(true);
    }

    private Button button(Answer answer) {
        Button button = new Button(answer.text(), new FontIcon("mdi2c-chevron-right"));
        style(button, answer);
        button.setOnAction(e -> answer(Set.of(answer.id())));
        return button;
    }

    private ToggleButton toggle(Answer answer) {
        FontIcon box = new FontIcon("mdi2c-checkbox-blank-outline");
        ToggleButton toggle = new ToggleButton(answer.text(), box);
        toggle.setUserData(answer);
        style(toggle, answer);
        toggle.selectedProperty().addListener((o, was, selected) -> {
            box.setIconLiteral(selected ? "mdi2c-checkbox-marked" : "mdi2c-checkbox-blank-outline");
            if (selected) {
                // "None of these" stands alone; any other answer clears it.
                for (ToggleButton other : toggles) {
                    Answer a = (Answer) other.getUserData();
                    if (other != toggle && (answer.exclusive() || a.exclusive())) {
                        other.setSelected(false);
                    }
                }
            }
            nextButton.setDisable(toggles.stream().noneMatch(ToggleButton::isSelected));
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
        List<String> chosen = toggles.stream().filter(ToggleButton::isSelected)
                .map(t -> ((Answer) t.getUserData()).id()).toList();
        if (!chosen.isEmpty()) {
            answer(chosen);
        }
    }

    private void answer(java.util.Collection<String> chosen) {
        context.navigator().go(new Route.PickerStep(answers.with(question.id(), chosen)));
    }

    @FXML
    private void startOver() {
        PickerFlow.startOver(context);
    }
}
