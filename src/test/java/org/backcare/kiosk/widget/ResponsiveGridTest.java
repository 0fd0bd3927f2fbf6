package org.backcare.kiosk.widget;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid remembers its row heights within a layout pass, and forgets them as soon as a child changes. */
@UiTest
class ResponsiveGridTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Region box(double height) {
        Region region = new Region();
        region.setPrefHeight(height);
        return region;
    }

    @Test
    void heightFollowsChildrenThatChangeAfterAMeasure(FxRobot robot) {
        robot.interact(() -> {
            ResponsiveGrid grid = new ResponsiveGrid();
            grid.setMinColumnWidth(400);
            grid.setGap(20);
            Region first = box(100);
            grid.getChildren().addAll(first, box(60));
            stage.setScene(new Scene(grid, 900, 600));
            stage.show();

            assertEquals(100, grid.prefHeight(900), 0.01, "two columns: the taller of the two");
            assertEquals(180, grid.prefHeight(500), 0.01, "one column: both, with the gap");
            assertEquals(100, grid.prefHeight(900), 0.01, "the same width again");

            first.setPrefHeight(300);
            assertEquals(300, grid.prefHeight(900), 0.01, "a child grew");

            grid.getChildren().add(box(50));
            assertEquals(300 + 20 + 50, grid.prefHeight(900), 0.01, "a third child starts a second row");

            grid.getChildren().remove(first);
            assertEquals(60, grid.prefHeight(900), 0.01, "a child left");
        });
    }

    @Test
    void wrappedTextThatChangesIsMeasuredAgain(FxRobot robot) {
        robot.interact(() -> {
            ResponsiveGrid grid = new ResponsiveGrid();
            Label label = new Label("Short.");
            label.setWrapText(true);
            grid.getChildren().add(label);
            stage.setScene(new Scene(grid, 500, 600));
            stage.show();
            grid.applyCss();
            double oneLine = grid.prefHeight(500);

            label.setText("A much longer sentence that cannot fit on one line of a narrow column, so it wraps"
                    + " onto several lines and the grid must grow to hold all of them. ".repeat(4));
            grid.applyCss();
            assertTrue(grid.prefHeight(500) > oneLine * 4, "one line was " + oneLine + " px; the longer text, "
                    + grid.prefHeight(500) + " px, should take at least five");
        });
    }
}
