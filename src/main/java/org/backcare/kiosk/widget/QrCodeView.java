package org.backcare.kiosk.widget;

import io.nayuki.qrcodegen.QrCode;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A QR code drawn square by square: each module a whole number of pixels, black on white in
 * every theme (a phone's camera needs the contrast), with the four-module quiet zone the standard
 * asks for. Its side stays the same at every text size: it is sized for a camera, not for reading.
 */
public final class QrCodeView extends Region {

    public static final String STYLE_CLASS = "qr-code";
    /** The four modules of white around the code that a reader needs to find it. */
    public static final int QUIET_ZONE = 4;

    private final Canvas canvas;
    private final int modulePixels;

    /**
     * @param code       the code, as qrcodegen made it
     * @param targetSide about how wide the code should be, in pixels; modules are never smaller than
     *                   {@code minModule} pixels, so a long text gives a larger code rather than tiny squares
     */
    public QrCodeView(QrCode code, double targetSide, int minModule) {
        getStyleClass().add(STYLE_CLASS);
        int modules = code.size + 2 * QUIET_ZONE;
        modulePixels = Math.max(minModule, (int) Math.floor(targetSide / modules));
        int side = modules * modulePixels;
        canvas = new Canvas(side, side);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    g.fillRect((x + QUIET_ZONE) * modulePixels, (y + QUIET_ZONE) * modulePixels, modulePixels,
                            modulePixels);
                }
            }
        }
        getChildren().add(canvas);
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    /** How many pixels wide one module is. */
    public int modulePixels() {
        return modulePixels;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
    }
}
