package org.backcare.kiosk.screen;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.PainSource;
import org.backcare.kiosk.export.PngWriter;
import org.backcare.kiosk.shell.Kiosk;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.backcare.kiosk.screen.KioskUi.tapRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The layered back and the body map as a person sees them, written as PNGs for a clinician to
 * look at (target/anatomy-pictures, or -Dpictures.dir): each layer bare and with a muscle chosen,
 * and the body map with each pain source chosen, in landscape and portrait. Peeling a layer must
 * change the picture.
 */
@UiTest
class AnatomyPicturesTest {

    private static final Map<Layer, String> BUTTONS = Map.of(Layer.SURFACE, "#surfaceLayer", Layer.MIDDLE, "#middleLayer",
            Layer.DEEP, "#deepLayer", Layer.BONE, "#boneLayer");
    private static final Map<Layer, String> CHOSEN = Map.of(Layer.SURFACE, "trapezius", Layer.MIDDLE, "erector-spinae",
            Layer.DEEP, "multifidi");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void landscape(FxRobot robot) throws IOException {
        pictures(robot, 1920, 1080);
    }

    @Test
    void portrait(FxRobot robot) throws IOException {
        pictures(robot, 1080, 1920);
    }

    @Test
    void spanishInHighContrast(FxRobot robot) throws IOException {
        Path folder = Path.of(System.getProperty("pictures.dir", "target/anatomy-pictures"));
        Files.createDirectories(folder);
        robot.interact(() -> KioskUi.show(stage, 1920, 1080));
        tap(robot, "#language-es");
        tap(robot, "#lookToggle");
        tap(robot, "#contrastHigh");
        tap(robot, "#lookToggle");
        tap(robot, "#musclesTile");
        int[] surface = write(robot, folder.resolve("es-high-contrast-anatomy-surface.png"));
        tap(robot, "#middleLayer");
        tapRegion(robot, "longissimus");
        int[] middle = write(robot, folder.resolve("es-high-contrast-anatomy-middle-longissimus.png"));
        assertFalse(Arrays.equals(surface, middle));
        tap(robot, "#homeButton");
        tap(robot, "#causesTile");
        tapRegion(robot, "source-heart");
        write(robot, folder.resolve("es-high-contrast-bodymap-source-heart.png"));
    }

    private void pictures(FxRobot robot, int width, int height) throws IOException {
        Path folder = Path.of(System.getProperty("pictures.dir", "target/anatomy-pictures"));
        Files.createDirectories(folder);
        Kiosk[] kiosk = new Kiosk[1];
        robot.interact(() -> kiosk[0] = KioskUi.show(stage, width, height));
        String size = width + "x" + height;
        tap(robot, "#musclesTile");
        Map<Layer, int[]> layers = new LinkedHashMap<>();
        for (Layer layer : Layer.values()) {
            tap(robot, BUTTONS.get(layer));
            layers.put(layer, write(robot, folder.resolve(size + "-anatomy-" + name(layer) + ".png")));
            if (CHOSEN.containsKey(layer)) {
                tapRegion(robot, CHOSEN.get(layer));
                write(robot, folder.resolve(size + "-anatomy-" + name(layer) + "-" + CHOSEN.get(layer) + ".png"));
                tapRegion(robot, CHOSEN.get(layer));
            }
        }
        List<int[]> seen = List.copyOf(layers.values());
        for (int i = 0; i < seen.size(); i++) {
            for (int j = i + 1; j < seen.size(); j++) {
                assertFalse(Arrays.equals(seen.get(i), seen.get(j)), "peeling changes the picture: " + i + " and " + j);
            }
        }
        for (String way : List.of("bendForward", "leanBack", "standTall")) {
            tap(robot, "#" + way);
            org.backcare.kiosk.widget.SpineSideView spine = robot.lookup("#spine-side").queryAs(org.backcare.kiosk.widget.SpineSideView.class);
            double target = way.equals("bendForward") ? 1 : way.equals("leanBack") ? -1 : 0;
            KioskUi.waitUntil(way, () -> Math.abs(spine.bendProperty().get() - target) < 1e-6);
            KioskUi.reveal(robot, spine);
            write(robot, folder.resolve(size + "-spine-" + way + ".png"));
        }
        tap(robot, "#homeButton");
        tap(robot, "#causesTile");
        write(robot, folder.resolve(size + "-bodymap.png"));
        List<PainSource> sources = kiosk[0].content().causes().causes().stream().flatMap(c -> c.sources().stream()).toList();
        for (PainSource source : sources) {
            tapRegion(robot, source.id());
            KioskUi.reveal(robot, robot.lookup("#body-map").query());
            write(robot, folder.resolve(size + "-bodymap-" + source.id() + ".png"));
            tapRegion(robot, source.id());
        }
        assertEquals(4, sources.size());
    }

    private int[] write(FxRobot robot, Path file) throws IOException {
        int[][] pixels = new int[1][];
        int[] size = new int[2];
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            WritableImage image = stage.getScene().snapshot(null);
            size[0] = (int) image.getWidth();
            size[1] = (int) image.getHeight();
            pixels[0] = new int[size[0] * size[1]];
            image.getPixelReader().getPixels(0, 0, size[0], size[1], PixelFormat.getIntArgbInstance(), pixels[0], 0, size[0]);
        });
        try (OutputStream out = Files.newOutputStream(file)) {
            PngWriter.write(out, size[0], size[1], pixels[0]);
        }
        return pixels[0];
    }

    private static String name(Layer layer) {
        return layer.name().toLowerCase(java.util.Locale.ROOT);
    }
}
