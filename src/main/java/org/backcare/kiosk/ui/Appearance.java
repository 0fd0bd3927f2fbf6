package org.backcare.kiosk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backcare.kiosk.content.Language;
import org.backcare.kiosk.settings.TextSize;

import java.util.List;

/**
 * What one person chose for themselves: the language, the text size and the contrast. Screens
 * offer the choices; the kiosk follows the properties; an idle reset puts the clinic's starting
 * choices back, so the next person does not inherit them.
 */
public final class Appearance {

    private final List<Language> languages;
    private final String startLanguage;
    private final TextSize startSize;
    private final boolean startContrast;
    private final StringProperty language;
    private final ObjectProperty<TextSize> textSize;
    private final BooleanProperty highContrast;

    public Appearance(List<Language> languages, String language, TextSize textSize, boolean highContrast) {
        this.languages = List.copyOf(languages);
        this.startLanguage = language;
        this.startSize = textSize;
        this.startContrast = highContrast;
        this.language = new SimpleStringProperty(this, "language", language);
        this.textSize = new SimpleObjectProperty<>(this, "textSize", textSize);
        this.highContrast = new SimpleBooleanProperty(this, "highContrast", highContrast);
    }

    /** Every language the content has, in the order of languages.json. */
    public List<Language> languages() {
        return languages;
    }

    /** The languages a person can switch to from the current one. */
    public List<Language> otherLanguages() {
        return languages.stream().filter(l -> !l.id().equals(language.get())).toList();
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Back to the clinic's starting language, size and contrast (the idle reset's privacy sweep). */
    public void reset() {
        language.set(startLanguage);
        textSize.set(startSize);
        highContrast.set(startContrast);
    }
}
