package org.backcare.kiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The content the kiosk runs on, in every language, and where it came from.
 *
 * @param rejected problems of a clinic content folder that was asked for but could not be used;
 *                 the kiosk then runs on the bundled content
 */
public record Library(String source, LanguageList languages, Map<String, Content> content,
                      List<Problem> rejected) {

    public Library {
        content = Map.copyOf(content);
        rejected = List.copyOf(rejected);
    }

    /** The content in a language, or in the default language when that one is not there. */
    public Content in(String languageId) {
        Content c = content.get(languageId);
        return c != null ? c : content.get(languages.defaultLanguage());
    }

    public Content inDefaultLanguage() {
        return in(languages.defaultLanguage());
    }

    /** This library with {@code {emergencyNumber}} in every text replaced by the clinic's number. */
    public Library withEmergencyNumber(String number) {
        Map<String, Content> filled = new java.util.LinkedHashMap<>();
        content.forEach((lang, c) -> filled.put(lang, Placeholders.fill(c, number)));
        return new Library(source, languages, filled, rejected);
    }

    /**
     * Loads a clinic's folder when one is given and clean; otherwise the bundled content.
     *
     * @throws IllegalStateException when the bundled content itself is broken (a build error)
     */
    public static Library open(Path clinicFolder, ContentLoader loader) {
        return open(clinicFolder, loader, loader);
    }

    /**
     * As {@link #open(Path, ContentLoader)}, with a lighter loader for the bundled content: it is
     * fixed at build time, where the build's tests and {@code --validate-content} check it whole,
     * so the kiosk need not repeat the slow whole-content checks (every picker path) at each start.
     */
    public static Library open(Path clinicFolder, ContentLoader clinicLoader, ContentLoader bundledLoader) {
        ContentLoader loader = clinicLoader;
        BundledContent bundled = new BundledContent();
        List<Problem> rejected = List.of();
        if (clinicFolder != null) {
            LoadResult clinic = loader.load(new ContentFolder(clinicFolder, bundled));
            if (clinic.ok()) {
                return new Library(clinic.source(), clinic.languages(), clinic.content(), List.of());
            }
            rejected = clinic.problems();
        }
        LoadResult result = bundledLoader.load(bundled);
        if (!result.ok()) {
            throw new IllegalStateException("The bundled content is broken: " + result.problems());
        }
        return new Library(result.source(), result.languages(), result.content(), rejected);
    }
}
