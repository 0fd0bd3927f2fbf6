package org.backcare.kiosk.content;

import java.util.List;

/** languages.json at the top of a content folder: which language folders exist. */
public record LanguageList(@Ref(Language.class) String defaultLanguage, List<Language> languages) {
    public LanguageList {
        languages = List.copyOf(languages);
    }
}
