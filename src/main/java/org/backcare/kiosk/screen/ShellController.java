package org.backcare.kiosk.screen;

import javafx.animation.FadeTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.backcare.kiosk.nav.Route;
import javafx.util.Duration;
import org.backcare.kiosk.nav.Navigator;

/** The frame around every screen: Back, Home, the screen's title, and the "not a diagnosis" line. */
public final class ShellController {

    static final Duration FADE = Duration.millis(180);

    private final Navigator navigator;
    private final Screens screens;
    private boolean animate = true;

    @FXML
    private Button backButton;
    @FXML
    private Button homeButton;
    @FXML
    private Label title;
    @FXML
    private StackPane screenHolder;
    @FXML
    private BorderPane shell;
    @FXML
    private HBox appBar;
    @FXML
    private Label disclaimer;
    private Node extraButton;

    public ShellController(Navigator navigator, Screens screens) {
        this.navigator = navigator;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        backButton.disableProperty().bind(navigator.backPossibleProperty().not());
        backButton.visibleProperty().bind(navigator.atHomeProperty().not());
        backButton.managedProperty().bind(backButton.visibleProperty());
        homeButton.visibleProperty().bind(navigator.atHomeProperty().not());
        homeButton.managedProperty().bind(homeButton.visibleProperty());
        navigator.viewProperty().addListener((o, old, view) -> show(view));
        if (navigator.viewProperty().get() != null) {
            show(navigator.viewProperty().get());
        }
    }

    private void show(Node view) {
        boolean attract = navigator.current() instanceof Route.Attract;
        appBar.setVisible(!attract);
        appBar.setManaged(!attract);
        disclaimer.setVisible(!attract);
        disclaimer.setManaged(!attract);
        title.setText(screens.title(navigator.current()));
        screenHolder.getChildren().setAll(view);
        if (animate) {
            FadeTransition fade = new FadeTransition(FADE, view);
            fade.setFromValue(0.2);
            fade.setToValue(1);
            fade.play();
        }
    }

    /** A panel beside the screens (the therapist's jump list), or null for none. */
    void setSidePanel(Node panel) {
        shell.setLeft(panel);
    }

    /** A button at the end of the app bar (the therapist's panel toggle), or null for none. */
    void setExtraButton(Node button) {
        if (extraButton != null) {
            appBar.getChildren().remove(extraButton);
        }
        extraButton = button;
        if (button != null) {
            appBar.getChildren().add(button);
        }
    }

    /** Screen changes fade in; exports and tests that snapshot at once turn that off. */
    public void setAnimate(boolean animate) {
        this.animate = animate;
    }

    @FXML
    private void back() {
        navigator.back();
    }

    @FXML
    private void home() {
        navigator.home();
    }
}
