package org.backcare.kiosk.screen;

import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.kiosk.Settings;
import org.backcare.kiosk.nav.Navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the kiosk's user interface: the shell, the navigator and the screens, wired by hand. */
public final class Kiosk {

    private final Content content;
    private final ResourceBundle messages;
    private final Navigator navigator;
    private final ShellController shell;
    private final Parent root;
    private final Screens screens;
    private final KioskSession session;
    private static final Logger LOG = Logger.getLogger(Kiosk.class.getName());

    public Kiosk(Library library, String languageId) {
        this(library, languageId, Clock.systemUTC());
    }

    /** @param clock what timers read; tests pass one they can move forward */
    public Kiosk(Library library, String languageId, Clock clock) {
        this(library, new Settings(Settings.DEFAULTS.mode(), Settings.DEFAULTS.idleSeconds(),
                Settings.DEFAULTS.countdownSeconds(), languageId, null, 0, null), clock, () -> { });
    }

    /**
     * @param settings the mode, idle times, language and admin PIN
     * @param clock    what timers read; tests pass one they can move forward
     * @param onQuit   what "Leave the kiosk" does, after the admin PIN
     */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit) {
        this.content = library.in(settings.language() == null ? library.languages().defaultLanguage() : settings.language());
        this.messages = ResourceBundle.getBundle("org.backcare.kiosk.i18n.messages",
                Locale.forLanguageTag(content.language().id()));
        this.screens = new Screens(() -> content, () -> messages, clock);
        this.navigator = new Navigator(screens, this::problemView);
        screens.attach(navigator);
        FXMLLoader loader = new FXMLLoader(Resources.require("/org/backcare/kiosk/screen/Shell.fxml"), messages);
        loader.setControllerFactory(type -> new ShellController(navigator, screens));
        Parent shellView;
        try {
            shellView = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shell = loader.getController();
        session = new KioskSession(settings, clock, navigator, screens, content, messages, shell, onQuit);
        StackPane layers = new StackPane(shellView);
        layers.getChildren().addAll(session.layers());
        session.layers().forEach(n -> StackPane.setAlignment(n, Pos.TOP_LEFT));
        root = layers;
        navigator.home();
    }

    /** A scene with the theme applied, sized {@code width}×{@code height}, with the session watching it. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene);
        session.attach(scene);
        return scene;
    }

    /**
     * An error anywhere is logged and the person lands on the mode's first screen (Home, or the
     * attract screen in kiosk mode): never a stack trace, never a frozen screen.
     */
    public void installRecovery() {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected error; starting over at " + session.startRoute().name(), error);
            Runnable recover = () -> navigator.reset(session.startRoute());
            if (Platform.isFxApplicationThread()) {
                recover.run();
            } else {
                Platform.runLater(recover);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    public KioskSession session() {
        return session;
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
