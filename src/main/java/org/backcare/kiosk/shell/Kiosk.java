package org.backcare.kiosk.shell;

import org.backcare.kiosk.screen.KioskContent;
import org.backcare.kiosk.screen.Screens;
import org.backcare.kiosk.screen.TakeHome;
import org.backcare.kiosk.handout.HandoutPrinter;
import org.backcare.kiosk.session.KioskSession;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.ui.Messages;
import org.backcare.kiosk.ui.Resources;
import org.backcare.kiosk.ui.Texts;

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
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the kiosk's user interface: the shell, the navigator and the screens, wired by hand. */
public final class Kiosk {

    private final Library library;
    private final Appearance appearance;
    private final Texts texts;
    private final java.util.Map<String, KioskContent> loaded = new java.util.HashMap<>();
    private KioskContent content;
    private final Navigator navigator;
    private final ShellController shell;
    private final Parent root;
    private final Screens screens;
    private final KioskSession session;
    private final TakeHome takeHome;
    private final Audio audio;
    private static final Logger LOG = Logger.getLogger(Kiosk.class.getName());

    public Kiosk(Library library, String languageId) {
        this(library, languageId, Clock.systemUTC());
    }

    /** @param clock what timers read; tests pass one they can move forward */
    public Kiosk(Library library, String languageId, Clock clock) {
        this(library, Settings.DEFAULTS.withLanguage(languageId), clock, () -> { });
    }

    /**
     * @param settings the mode, idle times, language and admin PIN
     * @param clock    what timers read; tests pass one they can move forward
     * @param onQuit   what "Leave the kiosk" does, after the admin PIN
     */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit) {
        this(library, settings, clock, onQuit, null);
    }

    /**
     * @param pinLock where the admin PIN's lock-out is kept across restarts, or null to keep it in
     *                memory only (tests)
     */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit,
                 org.backcare.kiosk.session.PinLockFile pinLock) {
        this(library, settings, clock, onQuit, pinLock, HandoutPrinter.NONE, TakeHome.FolderChooser.NONE, Audio.silent());
    }

    /**
     * @param audio the tones and the voice ({@link Audio#of} for the settings' own; tests give a fake
     *              speaker, and every other constructor gives silence)
     */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit,
                 org.backcare.kiosk.session.PinLockFile pinLock, Audio audio) {
        this(library, settings, clock, onQuit, pinLock, HandoutPrinter.NONE, TakeHome.FolderChooser.NONE, audio);
    }

    /**
     * @param printer where "Print handout" prints ({@link HandoutPrinter#system()} in the kiosk; tests
     *                pass their own, and the shorter constructors none, so tests never print)
     * @param folders how "Save as PDF" asks for a folder ({@link TakeHome.FolderChooser#DIALOG} in the kiosk)
     */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit,
                 org.backcare.kiosk.session.PinLockFile pinLock, HandoutPrinter printer,
                 TakeHome.FolderChooser folders) {
        this(library, settings, clock, onQuit, pinLock, printer, folders, Audio.silent());
    }

    /** The kiosk with its printer, its folder dialog and its audio (App's). */
    public Kiosk(Library library, Settings settings, Clock clock, Runnable onQuit,
                 org.backcare.kiosk.session.PinLockFile pinLock, HandoutPrinter printer,
                 TakeHome.FolderChooser folders, Audio audio) {
        this.library = library;
        this.audio = audio;
        this.content = loaded(settings.language() == null ? library.languages().defaultLanguage() : settings.language());
        String language = content.content().language().id();
        this.appearance = new Appearance(library.languages().languages(), language, settings.textSize(),
                settings.highContrast());
        this.texts = new Texts(Messages.of(language));
        this.takeHome = new TakeHome(settings.clinic(), settings.emergencyNumber(), printer, folders,
                this::mode, clock);
        this.screens = new Screens(() -> content, texts::messages, clock, appearance, takeHome, audio);
        takeHome.checkPrinter(); // at start, so the print button is there by the time someone reaches a result
        this.navigator = new Navigator(screens, this::problemView);
        screens.attach(navigator);
        FXMLLoader loader = new FXMLLoader(Resources.require("/org/backcare/kiosk/shell/Shell.fxml"), texts.messages());
        loader.setControllerFactory(type -> new ShellController(navigator, screens, texts, appearance, audio));
        Parent shellView;
        try {
            shellView = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shell = loader.getController();
        session = new KioskSession(settings, clock, navigator, screens, texts, shell, onQuit, appearance,
                pinLock);
        session.contentProblems(library.rejected().size());
        StackPane layers = new StackPane(shellView);
        layers.getChildren().addAll(session.layers());
        session.layers().forEach(n -> StackPane.setAlignment(n, Pos.TOP_LEFT));
        root = layers;
        appearance.languageProperty().addListener((o, was, now) -> switchLanguage(now));
        // No screen yet: the session opens the mode's first screen (Home, or the attract screen in
        // kiosk mode) when the kiosk gets its scene, so that screen is built once, not twice.
    }

    /**
     * Shows everything in another language: the app bar and overlays are relabelled and the current
     * screen is built again, so the person stays where they were, with Back still leading where it did.
     */
    private void switchLanguage(String languageId) {
        content = loaded(languageId);
        texts.use(Messages.of(content.content().language().id()));
        session.languageChanged();
        navigator.reload();
        LOG.info(() -> "Language changed to " + content.content().language().id());
    }

    /** The content of a language with its picker engine, built once per language. */
    private KioskContent loaded(String languageId) {
        Content c = library.in(languageId);
        return loaded.computeIfAbsent(c.language().id(), id -> KioskContent.of(c));
    }

    /**
     * A scene with the theme applied, sized {@code width}×{@code height}, with the session watching
     * it and the mode's first screen open (the kiosk shows no screen before this).
     */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, appearance);
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

    /** The mode now (it changes when staff switch from kiosk to therapist mode); screens are built after the session. */
    private org.backcare.kiosk.settings.Mode mode() {
        return session.mode();
    }

    public Audio audio() {
        return audio;
    }

    public KioskSession session() {
        return session;
    }

    /** Shown only if even Home cannot be built: a calm sentence, never a stack trace. */
    private Node problemView(Throwable error) {
        Label label = new Label(texts.get("app.problem"));
        label.setWrapText(true);
        label.getStyleClass().add("lead");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("page");
        return pane;
    }

    public Appearance appearance() {
        return appearance;
    }

    public Content content() {
        return content.content();
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Handouts, printing and the therapist's plan. */
    public TakeHome takeHome() {
        return takeHome;
    }

    public Screens screens() {
        return screens;
    }

    public ShellController shell() {
        return shell;
    }
}
