package org.backcare.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

import java.util.List;

/** The buttons that switch to each other language, in the app bar and on the attract screen. */
public final class LanguageSwitches {

    private LanguageSwitches() {
    }

    public static List<Button> of(Appearance appearance, String help) {
        return appearance.otherLanguages().stream().map(language -> {
            Button button = new Button(language.name());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setId("language-" + language.id());
            button.getStyleClass().addAll("nav-button", "language-button");
            button.setAccessibleText(language.name());
            button.setAccessibleHelp(help);
            button.setOnAction(e -> appearance.languageProperty().set(language.id()));
            return button;
        }).toList();
    }
}
