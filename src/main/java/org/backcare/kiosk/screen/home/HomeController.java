package org.backcare.kiosk.screen.home;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.KioskContent;
import org.backcare.kiosk.screen.ScreenContext;
import org.backcare.kiosk.screen.ScreenKind;
import org.backcare.kiosk.screen.ScreenRegistry;
import org.backcare.kiosk.widget.ResponsiveGrid;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Home: one large tile per screen that has one in the {@link ScreenRegistry}, in its order. Tile labels
 * come from the content, so a clinic can reword them.
 */
public final class HomeController {

    private final ScreenContext context;

    @FXML
    private VBox column;
    @FXML
    private ResponsiveGrid tiles;

    public HomeController(ScreenContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        KioskContent loaded = new KioskContent(context.content(), context.picker());
        int wideAt = column.getChildren().indexOf(tiles);
        for (ScreenKind kind : ScreenRegistry.tiles()) {
            ScreenKind.HomeTile look = kind.tile().orElseThrow();
            Route route = kind.tileRoute(loaded);
            Button tile = new Button(kind.tileLabel(context.content(), context.messages()), new FontIcon(look.icon()));
            tile.setId(kind.tileId());
            tile.getStyleClass().add("tile");
            tile.getStyleClass().addAll(look.styles());
            tile.setAccessibleText(kind.titleOf(route, context.content(), context.messages()));
            tile.setOnAction(e -> context.navigator().go(route));
            if (look.wide()) {
                tile.setMaxWidth(Double.MAX_VALUE);
                column.getChildren().add(wideAt++, tile);
            } else {
                tiles.getChildren().add(tile);
            }
        }
    }
}
