package org.backcare.kiosk.widget;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;

/**
 * Lays its children out in as many equal columns as fit (at least {@code minColumnWidth} wide,
 * at most {@code maxColumns}), row by row; each row is as tall as its tallest child. One column
 * in portrait or on a small window, more on a wide screen, with nothing clipped.
 */
public class ResponsiveGrid extends Pane {

    /**
     * The narrowest a column may be. Styled in em ({@code -bc-min-column-width: 25em}), so columns
     * widen with the text: larger text gives fewer, wider columns instead of cramped ones.
     */
    private static final CssMetaData<ResponsiveGrid, Number> MIN_COLUMN_WIDTH_CSS = new CssMetaData<>(
            "-bc-min-column-width", SizeConverter.getInstance(), 480.0) {
        @Override
        public boolean isSettable(ResponsiveGrid grid) {
            return !grid.minColumnWidth.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(ResponsiveGrid grid) {
            return grid.minColumnWidth;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Pane.getClassCssMetaData());
        all.add(MIN_COLUMN_WIDTH_CSS);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableDoubleProperty minColumnWidth = new SimpleStyleableDoubleProperty(MIN_COLUMN_WIDTH_CSS,
            this, "minColumnWidth", 480.0);
    private final IntegerProperty maxColumns = new SimpleIntegerProperty(this, "maxColumns", 3);
    private final DoubleProperty gap = new SimpleDoubleProperty(this, "gap", 20);
    private final BooleanProperty equalRows = new SimpleBooleanProperty(this, "equalRows", false);

    public ResponsiveGrid() {
        getStyleClass().add("responsive-grid");
        minColumnWidth.addListener(o -> requestLayout());
        maxColumns.addListener(o -> requestLayout());
        gap.addListener(o -> requestLayout());
        equalRows.addListener(o -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** How many columns fit in {@code width}. */
    private int columnsFor(double width) {
        int fit = (int) Math.floor((width + gap.get()) / (minColumnWidth.get() + gap.get()));
        return Math.max(1, Math.min(maxColumns.get(), Math.min(fit, Math.max(1, managed().size()))));
    }

    private List<Node> managed() {
        return getManagedChildren();
    }

    private double columnWidth(double width, int columns) {
        return (width - gap.get() * (columns - 1)) / columns;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + minColumnWidth.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.min(minColumnWidth.get(), 200);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            width = computePrefWidth(-1);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        double[] rows = rowHeights(inner);
        double total = 0;
        for (double row : rows) {
            total += row;
        }
        return snappedTopInset() + snappedBottomInset() + total + gap.get() * Math.max(0, rows.length - 1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /**
     * The row heights last worked out, for {@link #rowHeightsWidth}. One layout pass asks for the
     * same width several times (minimum, preferred, then layout, from each parent up the tree), and
     * each answer measures the text of every card; the answer stands until something inside asks
     * for a new layout, as JavaFX's own size cache does.
     */
    private double[] rowHeightsCache;
    private double rowHeightsWidth = Double.NaN;

    @Override
    public void requestLayout() {
        rowHeightsCache = null;
        super.requestLayout();
    }

    private double[] rowHeights(double innerWidth) {
        if (rowHeightsCache != null && rowHeightsWidth == innerWidth) {
            return rowHeightsCache;
        }
        List<Node> children = managed();
        int columns = columnsFor(innerWidth);
        double colWidth = columnWidth(innerWidth, columns);
        int rowCount = (children.size() + columns - 1) / columns;
        double[] rows = new double[rowCount];
        double tallest = 0;
        for (int i = 0; i < children.size(); i++) {
            double h = children.get(i).prefHeight(colWidth);
            rows[i / columns] = Math.max(rows[i / columns], h);
            tallest = Math.max(tallest, h);
        }
        if (equalRows.get()) {
            java.util.Arrays.fill(rows, tallest);
        }
        rowHeightsCache = rows;
        rowHeightsWidth = innerWidth;
        return rows;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        List<Node> children = managed();
        int columns = columnsFor(inner);
        double colWidth = columnWidth(inner, columns);
        double[] rows = rowHeights(inner);
        double y = top;
        for (int i = 0; i < children.size(); i++) {
            int row = i / columns;
            int col = i % columns;
            if (col == 0 && row > 0) {
                y += rows[row - 1] + gap.get();
            }
            children.get(i).resizeRelocate(snapPositionX(left + col * (colWidth + gap.get())), snapPositionY(y),
                    snapSizeX(colWidth), snapSizeY(rows[row]));
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    public DoubleProperty minColumnWidthProperty() {
        return minColumnWidth;
    }

    public double getMinColumnWidth() {
        return minColumnWidth.get();
    }

    public void setMinColumnWidth(double value) {
        minColumnWidth.set(value);
    }

    public IntegerProperty maxColumnsProperty() {
        return maxColumns;
    }

    public int getMaxColumns() {
        return maxColumns.get();
    }

    public void setMaxColumns(int value) {
        maxColumns.set(value);
    }

    public DoubleProperty gapProperty() {
        return gap;
    }

    public double getGap() {
        return gap.get();
    }

    public void setGap(double value) {
        gap.set(value);
    }

    public BooleanProperty equalRowsProperty() {
        return equalRows;
    }

    public boolean isEqualRows() {
        return equalRows.get();
    }

    public void setEqualRows(boolean value) {
        equalRows.set(value);
    }
}
