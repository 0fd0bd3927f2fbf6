package org.backcare.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The UI strings of one language: {@code messages_<id>.properties} over the English
 * {@code messages.properties}. Loaded by hand so the computer's own locale never picks the
 * language (ResourceBundle's lookup falls back to it, and a named module may not change that).
 */
public final class Messages extends PropertyResourceBundle {

    private static final String BASE = "/org/backcare/kiosk/i18n/messages";
    private final Locale locale;

    private Messages(InputStream in, Locale locale, ResourceBundle parent) throws IOException {
        super(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.locale = locale;
        if (parent != null) {
            setParent(parent);
        }
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    /** The strings for a language; a language without its own file, or a missing key, falls back to English. */
    public static ResourceBundle of(String languageId) {
        ResourceBundle english = load(BASE + ".properties", Locale.ENGLISH, null);
        if (languageId == null || languageId.equals("en")) {
            return english;
        }
        if (Messages.class.getResource(BASE + "_" + languageId + ".properties") == null) {
            return english;
        }
        return load(BASE + "_" + languageId + ".properties", Locale.forLanguageTag(languageId), english);
    }

    /**
     * A screen's own strings over the kiosk's: {@code <View>.properties} (and {@code <View>_<lang>.properties})
     * beside the screen's FXML, when there are any, so a screen's strings can live in its own package.
     */
    public static ResourceBundle beside(ResourceBundle messages, String fxmlPath) {
        String base = fxmlPath.substring(0, fxmlPath.length() - ".fxml".length());
        ResourceBundle bundle = messages;
        if (Messages.class.getResource(base + ".properties") != null) {
            bundle = load(base + ".properties", messages.getLocale(), bundle);
        }
        String language = messages.getLocale().getLanguage();
        if (!language.equals("en") && Messages.class.getResource(base + "_" + language + ".properties") != null) {
            bundle = load(base + "_" + language + ".properties", messages.getLocale(), bundle);
        }
        return bundle;
    }

    private static ResourceBundle load(String path, Locale locale, ResourceBundle parent) {
        try (InputStream in = Resources.open(path)) {
            return new Messages(in, locale, parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
