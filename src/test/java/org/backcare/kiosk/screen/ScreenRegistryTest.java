package org.backcare.kiosk.screen;

import org.backcare.kiosk.ui.Messages;

import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screen registry, checked without a toolkit: every kind's FXML exists and its controller's package
 * is opened to javafx.fxml in the built module (tests run on the class path, where a missing
 * {@code opens} would pass unnoticed and the shipped kiosk would fall back to Home for that screen).
 */
class ScreenRegistryTest {

    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.]+)\"");
    private static KioskContent content;
    private static List<String> languages;

    @BeforeAll
    static void load() {
        Library library = Library.open(Path.of("no-clinic-folder"), new ContentLoader());
        content = KioskContent.of(library.in(library.languages().defaultLanguage()));
        languages = library.languages().languages().stream().map(org.backcare.kiosk.content.Language::id).toList();
    }

    @Test
    void aScreensOwnStringsAreInEveryLanguage() throws IOException {
        // Messages.beside falls back to English for a missing file or key: a screen would speak English
        // to a Spanish reader without anyone noticing
        for (ScreenKind kind : ScreenRegistry.KINDS) {
            String base = "/org/backcare/kiosk/screen/" + kind.fxml().replace(".fxml", "");
            java.util.Properties english = properties(base + ".properties");
            if (english == null) {
                continue;
            }
            for (String lang : languages) {
                if (lang.equals("en")) {
                    continue;
                }
                java.util.Properties other = properties(base + "_" + lang + ".properties");
                assertNotNull(other, base + ".properties has no " + base + "_" + lang + ".properties beside it");
                assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                        base + "_" + lang + ".properties must have the same keys as " + base + ".properties");
            }
        }
    }

    private static java.util.Properties properties(String path) throws IOException {
        try (InputStream in = ScreenRegistryTest.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyControllerPackageIsOpenedToFxml() throws IOException {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find("org.backcare.kiosk")
                .orElseThrow(() -> new AssertionError("target/classes holds no module org.backcare.kiosk"))
                .descriptor();
        Set<String> opened = new HashSet<>();
        module.opens().stream().filter(o -> o.targets().contains("javafx.fxml")).forEach(o -> opened.add(o.source()));
        Set<String> missing = new TreeSet<>();
        for (ScreenKind kind : ScreenRegistry.KINDS) {
            String controller = controllerOf(kind);
            String pkg = controller.substring(0, controller.lastIndexOf('.'));
            if (!opened.contains(pkg)) {
                missing.add("opens " + pkg + " to javafx.fxml; (for " + kind.fxml() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "module-info.java lacks: " + missing);
    }

    @Test
    void idsAndTilesAreUnique() {
        List<String> ids = ScreenRegistry.KINDS.stream().map(ScreenKind::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "ids: " + ids);
        List<String> tiles = ScreenRegistry.tiles().stream().map(ScreenKind::tileId).toList();
        assertEquals(tiles.size(), Set.copyOf(tiles).size(), "tile ids: " + tiles);
        assertTrue(tiles.containsAll(List.of("pickerTile", "musclesTile", "selfCareTile", "doctorTile", "keyPointsTile")),
                tiles.toString());
    }

    @Test
    void everyListedRouteIsShownByItsOwnKind() {
        List<Route> all = ScreenRegistry.all(content);
        assertEquals(Route.ATTRACT, all.get(0));
        assertEquals(Route.HOME, all.get(1));
        assertEquals(all.size(), Set.copyOf(all).size(), "a route is listed twice");
        for (ScreenKind kind : ScreenRegistry.KINDS) {
            for (Route route : kind.routes().apply(content)) {
                assertEquals(kind.id(), ScreenRegistry.kindOf(route, content).id(), route.name());
                assertFalse(kind.titleOf(route, content.content(), Messages.of("en")).isBlank(), route.name());
            }
        }
        assertFalse(ScreenRegistry.listed(content).contains(Route.ATTRACT), "paging and the panel skip the attract screen");
    }

    @Test
    void everyTileOpensItsKindsFirstRoute() {
        for (ScreenKind kind : ScreenRegistry.tiles()) {
            Route route = kind.tileRoute(content);
            assertEquals(kind.id(), ScreenRegistry.kindOf(route, content).id());
            assertFalse(kind.tileLabel(content.content(), Messages.of("en")).isBlank(), kind.id());
        }
    }

    private static String controllerOf(ScreenKind kind) throws IOException {
        String path = "/org/backcare/kiosk/screen/" + kind.fxml();
        try (InputStream in = ScreenRegistryTest.class.getResourceAsStream(path)) {
            assertNotNull(in, "missing FXML " + path);
            Matcher m = CONTROLLER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(m.find(), path + " names no fx:controller");
            return m.group(1);
        }
    }
}
