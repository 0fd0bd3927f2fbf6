package org.backcare.kiosk.screen.attract;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.ShellController;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.widget.PoseFigure;

/** The attract screen: the title, a figure walking, "Touch to start". Any touch opens Home. */
public final class AttractController {

    /** The figure on the attract screen: walking, which suits everyone. */
    static final String FIGURE_EXERCISE = "walking-and-changing-position";

    private final ScreenContext context;

    @FXML
    private StackPane figureHolder;
    @FXML
    private HBox languages;

    public AttractController(ScreenContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        Exercise walking = context.content().exercises().exercise(FIGURE_EXERCISE)
                .orElse(context.content().exercises().exercises().get(0));
        PoseFigure figure = new PoseFigure(walking.poses(), walking.prop());
        figure.setId("attractFigure");
        figure.setAccessibleText(context.text("figure.description", walking.name()));
        figureHolder.getChildren().add(figure);
        figure.play();
        // Choosing a language here also starts: the person lands on Home, in that language.
        languages.getChildren().setAll(ShellController.languageSwitches(context.appearance(),
                context.text("look.language")));
        languages.getChildren().forEach(b -> ((Button) b).addEventHandler(javafx.event.ActionEvent.ACTION,
                e -> start()));
        languages.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        languages.setVisible(!languages.getChildren().isEmpty());
        languages.setManaged(languages.isVisible());
    }

    @FXML
    private void start() {
        if (context.navigator().current() instanceof Route.Attract) {
            context.navigator().home();
        }
    }
}
