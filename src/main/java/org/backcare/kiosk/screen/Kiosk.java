package org.backcare.kiosk.screen;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.nav.Navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

/** Builds the kiosk's user interface: the shell, the navigator and the screens, wired by hand. */
public final class Kiosk {

    private final Content content;
    private final ResourceBundle messages;
    private final Navigator navigator;
    private final ShellController shell;
    private final Parent root;
    private final Screens screens;

    public Kiosk(Library library, String languageId) {
        this(library, languageId, Clock.systemUTC());
    }

    /** @param clock what timers read; tests pass one they can move forward */
    public Kiosk(Library library, String languageId, Clock clock) {
        this.content = library.in(languageId);
        this.messages = ResourceBundle.getBundle("org.backcare.kiosk.i18n.messages",
                Locale.forLanguageTag(content.language().id()));
        this.screens = new Screens(() -> content, () -> messages, clock);
        this.navigator = new Navigator(screens, this::problemView);
        screens.attach(navigator);
        FXMLLoader loader = new FXMLLoader(Resources.require("/org/backcare/kiosk/screen/Shell.fxml"), messages);
        loader.setControllerFactory(type -> new ShellController(navigator, screens));
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shell = loader.getController();
        navigator.home();
    }

    /** A scene with the theme applied, sized {@code width}×{@code height}. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene);
        return scene;
    }

    /** Shown only if even Home cannot be built: a calm sentence, never a stack trace. */
    private Node problemView(Throwable error) {
        Label label = new Label(messages.getString("app.problem"));
        label.setWrapText(true);
        label.getStyleClass().add("lead");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("page");
        return pane;
    }

    public Content content() {
        return content;
    }

    public Navigator navigator() {
        return navigator;
    }

    public Screens screens() {
        return screens;
    }

    public ShellController shell() {
        return shell;
    }
}
