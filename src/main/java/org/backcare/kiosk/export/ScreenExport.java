package org.backcare.kiosk.export;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.shell.Kiosk;
import org.backcare.kiosk.screen.Screens;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders every screen (Home, each topic, each exercise) to a PNG named after the screen. */
public final class ScreenExport {

    private ScreenExport() {
    }

    /** Must run on the JavaFX thread, with the kiosk's scene sized as wanted. */
    public static List<Path> run(Kiosk kiosk, Scene scene, Path folder) throws IOException {
        Files.createDirectories(folder);
        kiosk.shell().setAnimate(false);
        List<Path> written = new ArrayList<>();
        for (Route route : Screens.all(kiosk.content())) {
            // Each screen as if opened from Home (Back showing), without building Home each time.
            kiosk.navigator().setHistory(route.equals(Route.HOME) ? List.of() : List.of(Route.HOME), route);
            if (!route.equals(kiosk.navigator().current())) {
                throw new IOException("The screen " + route.name() + " could not be opened; see the log above");
            }
            written.add(snapshot(scene, folder.resolve(kiosk.screens().fileName(route) + ".png")));
        }
        kiosk.navigator().home();
        return written;
    }

    static Path snapshot(Scene scene, Path file) throws IOException {
        // Two passes: a scroll pane sizes its content only after its own first layout.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        try (OutputStream out = Files.newOutputStream(file)) {
            PngWriter.write(out, w, h, pixels);
        }
        return file;
    }
}
