package org.backcare.kiosk.screen;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.ui.Messages;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One kind of screen, declared once in {@link ScreenRegistry}: which routes it shows, the FXML that
 * shows them, its tile on Home (if any), its title, and whether classroom paging and the therapist's
 * panel list it. Home, paging, the therapist panel, the screen export and the soak all read this.
 *
 * @param id       a short name, unique in the registry
 * @param fxml     the view, relative to {@code /org/backcare/kiosk/screen/}; its controller's package
 *                 must be opened to javafx.fxml (a test checks it)
 * @param shows    whether this kind shows a route (the first kind in the registry that does, wins)
 * @param routes   every route of this kind there is for the content, in the kiosk's order
 * @param title    the title the app bar shows for one of its routes
 * @param tile     its tile on Home, or none
 * @param listed   whether classroom paging and the therapist's panel include it
 */
public record ScreenKind(String id, String fxml, BiPredicate<Route, KioskContent> shows,
                         Function<KioskContent, List<Route>> routes, Title title, Optional<HomeTile> tile,
                         boolean listed) {

    /** Where every screen's FXML lives. */
    public static final String FXML_BASE = "/org/backcare/kiosk/screen/";

    /** The title of a route, from the content or the UI strings. */
    @FunctionalInterface
    public interface Title {
        String of(Route route, Content content, ResourceBundle messages);
    }

    /**
     * A tile on Home.
     *
     * @param icon   an Ikonli icon literal
     * @param wide   the one wide tile above the grid
     * @param styles style classes besides "tile", e.g. "tile-danger"
     */
    public record HomeTile(String icon, boolean wide, List<String> styles) {

        public static HomeTile of(String icon, String... styles) {
            return new HomeTile(icon, false, List.of(styles));
        }

        public static HomeTile wide(String icon, String... styles) {
            return new HomeTile(icon, true, List.of(styles));
        }
    }

    /** A topic's page: its title and tile label come from the topic's content. */
    public static ScreenKind topic(Topic topic, String fxml, HomeTile tile) {
        Route route = new Route.TopicPage(topic);
        return new ScreenKind(topic.id(), fxml, (r, c) -> r.equals(route), c -> List.of(route),
                (r, c, m) -> c.info(topic).title(), Optional.of(tile), true);
    }

    /**
     * A screen of its own that needs no content topic: {@link Route.Page} with this id. Its title is
     * the UI string {@code <id>.title} and its tile's label {@code <id>.tile}; both may live in a
     * bundle beside its FXML (see {@link Messages#beside}).
     */
    public static ScreenKind page(String id, String fxml, HomeTile tile) {
        Route route = new Route.Page(id);
        return new ScreenKind(id, fxml, (r, c) -> r.equals(route), c -> List.of(route),
                (r, c, m) -> m.getString(id + ".title"), Optional.ofNullable(tile), true);
    }

    /** One fixed route with a title from the UI strings. */
    public static ScreenKind fixed(String id, Route route, String fxml, String titleKey, boolean listed) {
        return new ScreenKind(id, fxml, (r, c) -> r.equals(route), c -> List.of(route),
                (r, c, m) -> m.getString(titleKey), Optional.empty(), listed);
    }

    /** The same kind with a tile on Home. */
    public ScreenKind withTile(HomeTile homeTile) {
        return new ScreenKind(id, fxml, shows, routes, title, Optional.of(homeTile), listed);
    }

    /** The route a tap on this kind's Home tile opens: its first. */
    public Route tileRoute(KioskContent content) {
        return routes.apply(content).get(0);
    }

    /** The label of its Home tile: the topic's tile text from the content, or the UI string {@code <id>.tile}. */
    public String tileLabel(Content content, ResourceBundle messages) {
        return Topic.byId(id).map(t -> content.info(t).tile()).orElseGet(() -> strings(messages).getString(id + ".tile"));
    }

    /** The title the app bar shows for one of its routes. */
    public String titleOf(Route route, Content content, ResourceBundle messages) {
        return title.of(route, content, strings(messages));
    }

    /** The kiosk's strings with this screen's own over them (a bundle beside its FXML, if there is one). */
    public ResourceBundle strings(ResourceBundle messages) {
        return Messages.beside(messages, FXML_BASE + fxml);
    }

    /** The tile's fx:id, e.g. "selfCareTile": tests and the soak look tiles up by it. */
    public String tileId() {
        return Topic.byId(id).map(t -> camel(t.name().toLowerCase(java.util.Locale.ROOT))).orElse(camel(id)) + "Tile";
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : name.toCharArray()) {
            if (ch == '_' || ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
