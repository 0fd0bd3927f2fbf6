package org.backcare.kiosk.app;


import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.export.ScreenExport;
import org.backcare.kiosk.app.Logs;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Places;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.SettingsFile;
import org.backcare.kiosk.shell.Kiosk;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/** The JavaFX application: loads the content, builds the kiosk and shows it. */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());

    /** What the kiosk needs before its window: options, settings and content, with what went wrong. */
    private record Prepared(Options options, Settings settings, Library library, List<String> warnings) {
    }

    /** Started by the launcher (Main) before JavaFX, so the content loads while the toolkit starts up. */
    private static volatile CompletableFuture<Prepared> preparing;

    public static void prepareInBackground(List<String> args) {
        preparing = CompletableFuture.supplyAsync(() -> prepare(args));
    }

    /**
     * Opens the log file, reads the settings and loads the content; no JavaFX here, so it can run
     * beside the toolkit's own start-up. (The first log record alone costs about 0.1 s in a fresh JVM:
     * the log file's lock, the time zone rules, the date format's locale data.) Warnings are returned,
     * to be logged by the JavaFX thread.
     */
    private static Prepared prepare(List<String> args) {
        Path logs = Logs.start(Places.logDir());
        LOG.info(() -> "BackCare Kiosk starting; logs in " + logs);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // Main has already refused a bad command line
        }
        List<String> warnings = new java.util.ArrayList<>();
        Path settingsFile = options.settingsFileOrDefault();
        SettingsFile.Loaded loaded = SettingsFile.read(settingsFile);
        warnings.addAll(loaded.problems());
        Settings settings = loaded.settings();
        if (options.mode() != null) {
            settings = settings.withMode(options.mode());
        }
        if (options.contentFolder() != null) {
            settings = settings.withContentFolder(options.contentFolder());
        }
        if (options.language() != null) {
            settings = settings.withLanguage(options.language());
        }
        if (options.exportFolder() != null || options.exportFigures() != null) {
            settings = settings.withMode(Mode.CLASSROOM); // an export never locks the screen
        }
        Library library = Library.open(settings.contentFolder(), ContentChecks.loader(), new ContentLoader())
                .withEmergencyNumber(settings.emergencyNumber());
        if (!library.rejected().isEmpty()) {
            warnings.add("The content folder " + settings.contentFolder() + " has " + library.rejected().size()
                    + " problem(s); running on the bundled content instead.");
            library.rejected().forEach(problem -> warnings.add(problem.toString()));
        }
        String language = settings.language();
        if (language != null && !library.content().containsKey(language)) {
            warnings.add("The language \"" + language + "\" (from " + (options.language() != null ? "--lang"
                    : settingsFile + " language") + ") is not in the content; the languages are "
                    + String.join(", ", library.content().keySet().stream().sorted().toList()) + ". Using \""
                    + library.languages().defaultLanguage() + "\".");
            settings = settings.withLanguage(null);
        }
        return new Prepared(options, settings, library, warnings);
    }

    /**
     * Runs once the toolkit is up, before {@link #start}: Ikonli loads its icon font (1.3 MB, copied
     * to a temporary file and parsed) when the first icon is made, so that starts here, on its own
     * thread, while the JavaFX thread builds the first screen. Ikonli makes its resolver and loads
     * the font under locks, so the JavaFX thread's first icon waits for this one, if it is not done.
     * (Measured: the first frame about 70 ms sooner.)
     */
    @Override
    public void init() {
        Thread icons = new Thread(() -> {
            try {
                new FontIcon("mdi2h-home");
            } catch (RuntimeException e) {
                // The screens' own icons meet the same fault on the JavaFX thread, where it is handled.
                LOG.log(java.util.logging.Level.FINE, "Loading the icon font ahead failed", e);
            }
        }, "icon font");
        icons.setDaemon(true);
        icons.start();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Prepared prepared;
        try {
            prepared = preparing != null ? preparing.join() : prepare(getParameters().getRaw());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        prepared.warnings().forEach(w -> LOG.warning(org.backcare.kiosk.files.LocalFile.printable(w)));
        Options options = prepared.options();
        Settings settings = prepared.settings();
        Library library = prepared.library();

        Kiosk kiosk = new Kiosk(library, settings, Clock.systemUTC(), Platform::exit,
                new org.backcare.kiosk.session.PinLockFile(org.backcare.kiosk.session.PinLockFile.defaultLocation(),
                        Clock.systemUTC()), org.backcare.kiosk.handout.HandoutPrinter.system(),
                org.backcare.kiosk.screen.TakeHome.FolderChooser.DIALOG, org.backcare.kiosk.ui.Audio.of(settings));
        kiosk.installRecovery();
        Rectangle2D bounds = screen(settings.screen()).getBounds();
        boolean fullScreen = settings.mode() == Mode.KIOSK;
        Scene scene = kiosk.scene(fullScreen ? bounds.getWidth() : options.width(),
                fullScreen ? bounds.getHeight() : options.height());
        stage.setTitle("BackCare Kiosk");
        stage.setScene(scene);
        stage.setX(bounds.getMinX() + (fullScreen ? 0 : Math.max(0, (bounds.getWidth() - options.width()) / 2)));
        stage.setY(bounds.getMinY() + (fullScreen ? 0 : Math.max(0, (bounds.getHeight() - options.height()) / 2)));
        kiosk.session().lock(stage);

        if (options.exportFigures() != null) {
            stage.show();
            List<Path> files = org.backcare.kiosk.export.FigureExport.run(kiosk.content(), scene, options.exportFigures());
            System.out.println("Wrote " + files.size() + " figure pictures to " + options.exportFigures().toAbsolutePath());
            Platform.exit();
            return;
        }
        if (options.exportFolder() != null) {
            stage.show();
            List<Path> files = ScreenExport.run(kiosk, scene, options.exportFolder());
            System.out.println("Wrote " + files.size() + " screens to " + options.exportFolder().toAbsolutePath());
            Platform.exit();
            return;
        }
        stage.show();
        if (options.quitAfterFirstFrame()) {
            quitAfterFirstFrame();
            return;
        }
        String mode = settings.mode().id();
        LOG.info(() -> "Kiosk started in " + mode + " mode on " + library.source());
        if (settings.mode() == Mode.KIOSK) {
            Unattended.start(settings);
        }
    }

    /** Waits for the first frame on screen, prints the time since the JVM started, and quits. */
    private static void quitAfterFirstFrame() {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The second pulse runs after the first frame has been drawn.
                if (++frames == 2) {
                    stop();
                    String since = ProcessHandle.current().info().startInstant()
                            .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis() + " ms")
                            .orElse("an unknown time");
                    // The wall-clock time lets a benchmark measure from outside the JVM as well.
                    System.out.println("first frame after " + since + " (epoch ms " + System.currentTimeMillis() + ")");
                    Platform.exit();
                }
            }
        }.start();
    }

    /** The display the settings name, or the primary one when there is no such display. */
    private static Screen screen(int index) {
        List<Screen> screens = Screen.getScreens();
        if (index >= 0 && index < screens.size()) {
            return screens.get(index);
        }
        LOG.warning(() -> "There is no display number " + index + "; using the primary display");
        return Screen.getPrimary();
    }

}
