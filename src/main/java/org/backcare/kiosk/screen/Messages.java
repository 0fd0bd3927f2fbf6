package org.backcare.kiosk.screen;

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
final class Messages extends PropertyResourceBundle {

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
    static ResourceBundle of(String languageId) {
        ResourceBundle english = load(BASE + ".properties", Locale.ENGLISH, null);
        if (languageId == null || languageId.equals("en")) {
            return english;
        }
        if (Messages.class.getResource(BASE + "_" + languageId + ".properties") == null) {
            return english;
        }
        return load(BASE + "_" + languageId + ".properties", Locale.forLanguageTag(languageId), english);
    }

    private static ResourceBundle load(String path, Locale locale, ResourceBundle parent) {
        try (InputStream in = Resources.open(path)) {
            return new Messages(in, locale, parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
