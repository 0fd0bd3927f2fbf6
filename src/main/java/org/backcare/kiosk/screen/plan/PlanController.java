package org.backcare.kiosk.screen.plan;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.handout.Handout;
import org.backcare.kiosk.screen.HandoutActions;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.TopicScreen;
import org.backcare.kiosk.widget.Card;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The handout a therapist puts together for one patient: the exercises added with "Add to
 * handout", each with its dose and a Remove button, then the handout's QR code, print and save.
 * The plan lives in memory only; the idle reset empties it.
 */
public final class PlanController extends TopicScreen {

    public PlanController(ScreenContext context) {
        super(context);
    }

    @Override
    protected void fill() {
        List<String> ids = context.takeHome().plan().stream()
                .filter(id -> context.content().exercises().exercise(id).isPresent()).toList();
        if (ids.isEmpty()) {
            Card empty = new Card().styled("card-note").heading(context.text("plan.exercises"),
                    "mdi2c-clipboard-list-outline").text(context.text("plan.empty"));
            empty.setId("plan-empty");
            add(empty);
            return;
        }
        Card list = new Card(context.text("plan.exercises"));
        list.setId("plan-exercises");
        VBox rows = new VBox();
        rows.getStyleClass().add("plan-rows");
        int number = 1;
        for (String id : ids) {
            rows.getChildren().add(row(number++, context.content().exercises().exercise(id).orElseThrow()));
        }
        list.add(rows);
        add(list);
        Handout handout = context.takeHome().handouts(context.content()).forPlan(ids, context.takeHome().today());
        footer(new HandoutActions(context, () -> handout, "plan").card(handout));
    }

    private HBox row(int number, Exercise exercise) {
        Label name = Card.wrapped(number + ". " + exercise.name(), "plan-name");
        name.setId("plan-" + exercise.id());
        Button remove = new Button(context.text("plan.remove"), new FontIcon("mdi2c-close"));
        remove.setId("remove-" + exercise.id());
        remove.getStyleClass().add("link-button");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setAccessibleText(context.text("plan.removeName", exercise.name()));
        remove.setOnAction(e -> {
            context.takeHome().removeFromPlan(exercise.id());
            context.navigator().reload();
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox row = new HBox(name, remove);
        row.getStyleClass().add("plan-row");
        return row;
    }
}
