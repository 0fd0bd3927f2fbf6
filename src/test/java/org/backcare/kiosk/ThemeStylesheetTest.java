package org.backcare.kiosk;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The theme's stylesheets: each parses without an error (JavaFX only logs a bad rule and drops
 * it), and the binary copy the build makes beside it (pom.xml, theme-binary-css), which is what
 * JavaFX then loads, holds the same rules as the .css, so an edited stylesheet is never shown stale.
 */
class ThemeStylesheetTest {

    private static final String THEME = "/org/backcare/kiosk/theme/";

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "high-contrast"})
    void parsesWithoutErrors(String name) throws IOException {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(resource(name + ".css"));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors, name + ".css");
        assertFalse(sheet.getRules().isEmpty(), name + ".css has no rules");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "high-contrast"})
    void binaryCopyHoldsTheSameRules(String name) throws IOException {
        Stylesheet parsed = new CssParser().parse(resource(name + ".css"));
        Stylesheet binary = Stylesheet.loadBinary(resource(name + ".bss"));
        assertNotNull(binary, name + ".bss could not be read");
        assertEquals(describe(parsed), describe(binary), name + ".bss differs from " + name + ".css: build again");
    }

    private static URL resource(String file) {
        URL url = ThemeStylesheetTest.class.getResource(THEME + file);
        assertNotNull(url, THEME + file + " is missing (the build makes the .bss files)");
        return url;
    }

    /** Every rule as its selectors and declarations, values included, one line each. */
    private static List<String> describe(Stylesheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            StringBuilder line = new StringBuilder();
            for (Selector selector : rule.getSelectors()) {
                line.append(selector).append(", ");
            }
            line.append("{");
            for (Declaration declaration : rule.getDeclarations()) {
                line.append(' ').append(declaration.getProperty()).append(": ").append(declaration.getParsedValue())
                        .append(declaration.isImportant() ? " !important" : "").append(';');
            }
            lines.add(line.append(" }").toString());
        }
        return lines;
    }
}
