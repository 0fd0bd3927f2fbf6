package org.backcare.kiosk.shell;

import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Resources;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.backcare.kiosk.settings.TextSize;

/**
 * The look of the kiosk: the Atkinson Hyperlegible typeface, the theme stylesheet (and the
 * high-contrast one over it when chosen), and one root font size, from the window size times the
 * chosen text size, from which every other size (all in em) follows.
 */
public final class Theme {

    public static final String STYLESHEET = "/org/backcare/kiosk/theme/kiosk.css";
    /** Laid over the theme: the same variables in high-contrast colours, and firmer outlines. */
    public static final String HIGH_CONTRAST = "/org/backcare/kiosk/theme/high-contrast.css";
    private static final List<String> FONTS = List.of(
            "AtkinsonHyperlegible_400Regular.ttf",
            "AtkinsonHyperlegible_700Bold.ttf",
            "AtkinsonHyperlegible_400Regular_Italic.ttf");

    /** Body text size at the design size, 1920×1080 landscape or 1080×1920 portrait. */
    static final double DESIGN_FONT_PX = 22;
    static final double MIN_FONT_PX = 16;
    static final double MAX_FONT_PX = 28;

    private static boolean fontsLoaded;

    private Theme() {
    }

    /** Loads the bundled typeface once; JavaFX then knows it by its family name. */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String file : FONTS) {
            try (InputStream in = Resources.open("/media/fonts/" + file)) {
                if (Font.loadFont(in, DESIGN_FONT_PX) == null) {
                    throw new IllegalStateException("Not a usable font: /media/fonts/" + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        fontsLoaded = true;
    }

    /** Applies the theme and follows the person's text size and contrast as they change them. */
    public static void apply(Scene scene, Appearance appearance) {
        loadFonts();
        Parent root = scene.getRoot();
        Runnable restyle = () -> {
            List<String> sheets = new ArrayList<>();
            sheets.add(Resources.require(STYLESHEET).toExternalForm());
            if (appearance.highContrastProperty().get()) {
                sheets.add(Resources.require(HIGH_CONTRAST).toExternalForm());
            }
            scene.getStylesheets().setAll(sheets);
            TextSize size = appearance.textSizeProperty().get();
            root.getStyleClass().removeIf(c -> c.startsWith("text-"));
            root.getStyleClass().add("text-" + size.percent());
            sizeRoot(root, scene.getWidth(), scene.getHeight(), size);
        };
        scene.widthProperty().addListener((o, a, b) -> restyle.run());
        scene.heightProperty().addListener((o, a, b) -> restyle.run());
        appearance.textSizeProperty().addListener((o, a, b) -> restyle.run());
        appearance.highContrastProperty().addListener((o, a, b) -> restyle.run());
        restyle.run();
    }

    private static void sizeRoot(Parent root, double width, double height, TextSize size) {
        if (width <= 0 || height <= 0) {
            return;
        }
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                fontSizeFor(width, height) * size.scale()));
    }

    /** Scales body text with the window so 1366×768 keeps the layout of 1920×1080. */
    static double fontSizeFor(double width, double height) {
        double scale = width >= height
                ? Math.min(width / 1920, height / 1080)
                : Math.min(width / 1080, height / 1920);
        return Math.max(MIN_FONT_PX, Math.min(MAX_FONT_PX, DESIGN_FONT_PX * scale));
    }
}
