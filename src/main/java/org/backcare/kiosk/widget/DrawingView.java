package org.backcare.kiosk.widget;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.backcare.kiosk.content.Drawing;
import org.backcare.kiosk.content.DrawingShape;
import org.backcare.kiosk.content.Layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Shows a {@link Drawing} (anatomy view, body map) scaled to fit, sharp at any size. Shapes that
 * share a region form one tappable group with an accessible name and a focus box of at least
 * 48×48 px; styles come from the theme ({@code .shape-muscle}, {@code .drawing-region:selected}…).
 *
 * <p>A tap goes to the region drawn on top at that point, or, when it lands beside every region,
 * to the nearest one within half a finger (24 px): thin muscles side by side stay easy to tap, and
 * a tap on one never lands on its neighbour, as overlapping hit boxes would make it.
 */
public class DrawingView extends Region {

    public static final String STYLE_CLASS = "drawing-view";
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    public static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    static final double MIN_TARGET_PX = 48;

    private final Drawing drawing;
    private final Group canvas = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, Group> regions = new LinkedHashMap<>();
    private final Map<String, Rectangle> hitAreas = new LinkedHashMap<>();
    private final List<SVGPath> layered = new ArrayList<>();
    private final List<Layer> layerOf = new ArrayList<>();
    private Consumer<String> onTap = id -> { };
    private Runnable onBeside = () -> { };
    private double heightLimit = 560;
    private double heightShare = 0.5;

    public DrawingView(Drawing drawing) {
        this.drawing = drawing;
        getStyleClass().add(STYLE_CLASS);
        canvas.getTransforms().add(scale);
        for (DrawingShape shape : drawing.shapes()) {
            Group target = shape.region() == null ? canvas : regions.computeIfAbsent(shape.region(), this::newRegion);
            target.getChildren().add(path(shape, false));
            if (shape.mirror()) {
                target.getChildren().add(path(shape, true));
            }
        }
        getChildren().add(canvas);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String id = regionAt(e.getSceneX(), e.getSceneY());
            if (id == null) {
                onBeside.run();
            } else {
                onTap.accept(id);
            }
            e.consume();
        });
    }

    private Group newRegion(String id) {
        Group region = new Group();
        region.setId("region-" + id);
        region.getStyleClass().add("drawing-region");
        Rectangle hit = new Rectangle();
        hit.setFill(Color.TRANSPARENT);
        hit.getStyleClass().add("drawing-hit");
        hit.setMouseTransparent(true); // the focus ring's box; taps are found by shape (regionAt)
        region.getChildren().add(hit);
        hitAreas.put(id, hit);
        region.setPickOnBounds(false);
        region.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onTap.accept(id);
                e.consume();
            }
        });
        region.setAccessibleRole(AccessibleRole.BUTTON);
        canvas.getChildren().add(region);
        return region;
    }

    private SVGPath path(DrawingShape shape, boolean mirrored) {
        SVGPath path = new SVGPath();
        path.setContent(shape.path());
        path.getStyleClass().addAll("drawing-shape", "shape-" + shape.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (shape.layer() != null) {
            path.getStyleClass().add("layer-" + shape.layer().name().toLowerCase(Locale.ROOT));
        }
        if (mirrored) {
            path.getTransforms().add(new Scale(-1, 1, drawing.width() / 2.0, 0));
        }
        if (shape.layer() != null) {
            layered.add(path);
            layerOf.add(shape.layer());
        }
        return path;
    }

    /** Draws the shapes of the layers {@code shown} accepts and hides the others (shapes without a layer always show). */
    public void showLayers(Predicate<Layer> shown) {
        for (int i = 0; i < layered.size(); i++) {
            layered.get(i).setVisible(shown.test(layerOf.get(i)));
        }
    }

    /** Called when a tap lands beside every tappable region. */
    public void setOnBesideTapped(Runnable onBeside) {
        this.onBeside = onBeside;
    }

    /**
     * The tappable region under a point of the scene: the one drawn on top there, or else the
     * nearest within {@link #MIN_TARGET_PX} / 2 on screen; null when none is that close.
     */
    String regionAt(double sceneX, double sceneY) {
        Point2D at = canvas.sceneToLocal(sceneX, sceneY);
        List<Map.Entry<String, Group>> topFirst = new ArrayList<>(regions.entrySet());
        java.util.Collections.reverse(topFirst);
        String hit = regionAt(topFirst, at);
        double reach = MIN_TARGET_PX / 2 / Math.max(0.01, scale.getX());
        for (int ring = 1; hit == null && ring <= 4; ring++) {
            double r = reach * ring / 4;
            for (int k = 0; hit == null && k < 16; k++) {
                double angle = Math.PI * 2 * k / 16;
                hit = regionAt(topFirst, new Point2D(at.getX() + r * Math.cos(angle), at.getY() + r * Math.sin(angle)));
            }
        }
        return hit;
    }

    private static String regionAt(List<Map.Entry<String, Group>> topFirst, Point2D at) {
        for (Map.Entry<String, Group> region : topFirst) {
            Group group = region.getValue();
            if (group.isMouseTransparent() || !group.isVisible()) {
                continue;
            }
            for (Node child : group.getChildren()) {
                if (child instanceof SVGPath path && path.isVisible() && path.contains(path.parentToLocal(at))) {
                    return region.getKey();
                }
            }
        }
        return null;
    }

    /** Called with the region's id when a person taps it (or presses Enter on it). */
    public void setOnRegionTapped(Consumer<String> onTap) {
        this.onTap = onTap;
    }

    /** The tappable group of a region, e.g. to set its accessible name. */
    public Node region(String id) {
        Group region = regions.get(id);
        if (region == null) {
            throw new IllegalArgumentException("The drawing has no region " + id);
        }
        return region;
    }

    /** Whether a region answers taps and keys; a region that does not is also left out of focus order. */
    public void setTappable(String id, String accessibleName, boolean tappable) {
        Node region = region(id);
        region.setMouseTransparent(!tappable);
        region.setFocusTraversable(tappable);
        region.setAccessibleText(accessibleName);
        // A region that only lights up is part of the picture, not a button a screen reader offers.
        region.setAccessibleRole(tappable ? AccessibleRole.BUTTON : AccessibleRole.PARENT);
    }

    public void setPseudoClass(String id, PseudoClass state, boolean on) {
        region(id).pseudoClassStateChanged(state, on);
    }

    @Override
    protected double computePrefWidth(double height) {
        return height > 0 ? height * drawing.width() / drawing.height() : drawing.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        double natural = width > 0 ? width * drawing.height() / drawing.width() : drawing.height();
        // At most a share of the window's height (half, unless a screen asks for more), so the controls
        // under a picture stay in view on a small screen.
        double limit = getScene() == null ? heightLimit : Math.min(heightLimit, getScene().getHeight() * heightShare);
        return Math.min(natural, limit);
    }

    /** The tallest the drawing asks to be, so a tall picture leaves room for text on a wide screen. */
    public void setHeightLimit(double heightLimit) {
        this.heightLimit = heightLimit;
        requestLayout();
    }

    /** The largest share of the window's height the drawing asks for; half unless set. */
    public void setHeightShare(double share) {
        this.heightShare = share;
        requestLayout();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.01, Math.min(w / drawing.width(), h / drawing.height()));
        scale.setX(s);
        scale.setY(s);
        canvas.setLayoutX(snappedLeftInset() + (w - drawing.width() * s) / 2);
        canvas.setLayoutY(snappedTopInset() + (h - drawing.height() * s) / 2);
        // Keep every tappable region at least 48 px in each direction, whatever the scale.
        double min = (MIN_TARGET_PX + 2) / s; // 2 px spare, so rounding never takes it under 48
        hitAreas.forEach((id, hit) -> {
            Bounds b = shapeBounds(regions.get(id), hit);
            double hw = Math.max(b.getWidth(), min);
            double hh = Math.max(b.getHeight(), min);
            hit.setX(b.getMinX() + b.getWidth() / 2 - hw / 2);
            hit.setY(b.getMinY() + b.getHeight() / 2 - hh / 2);
            hit.setWidth(hw);
            hit.setHeight(hh);
        });
    }

    /** The bounds of a region's shapes, leaving out its hit area. */
    private static Bounds shapeBounds(Group region, Rectangle hit) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node child : region.getChildren()) {
            if (child != hit) {
                Bounds c = child.getBoundsInParent();
                minX = Math.min(minX, c.getMinX());
                minY = Math.min(minY, c.getMinY());
                maxX = Math.max(maxX, c.getMaxX());
                maxY = Math.max(maxY, c.getMaxY());
            }
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
