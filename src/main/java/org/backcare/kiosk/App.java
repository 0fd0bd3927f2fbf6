package org.backcare.kiosk;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.export.ScreenExport;
import org.backcare.kiosk.screen.Kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JavaFX application: loads the content, builds the kiosk and shows it. */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());

    @Override
    public void start(Stage stage) throws Exception {
        Options options = Options.parse(getParameters().getRaw());
        Library library = Library.open(options.contentFolder(), Main.contentLoader());
        report(options.contentFolder(), library.rejected());

        Kiosk kiosk = new Kiosk(library, library.languages().defaultLanguage());
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected error; returning to Home", error);
            kiosk.navigator().home();
        });
        Scene scene = kiosk.scene(options.width(), options.height());
        stage.setTitle("BackCare Kiosk");
        stage.setScene(scene);

        if (options.exportFolder() != null) {
            stage.show();
            List<Path> files = ScreenExport.run(kiosk, scene, options.exportFolder());
            System.out.println("Wrote " + files.size() + " screens to " + options.exportFolder().toAbsolutePath());
            Platform.exit();
            return;
        }
        stage.show();
        LOG.info(() -> "Kiosk started on " + library.source());
    }

    private static void report(Path folder, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        LOG.warning(() -> "The content folder " + folder + " has " + problems.size()
                + " problem(s); running on the bundled content instead.");
        for (Problem problem : problems) {
            LOG.warning(problem::toString);
        }
    }
}
