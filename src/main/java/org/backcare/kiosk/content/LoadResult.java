package org.backcare.kiosk.content;

import java.util.List;
import java.util.Map;

/**
 * What loading a content folder gave: the content in each language, or the problems found.
 *
 * @param source    names the folder ("bundled content" or its path)
 * @param languages null when the content could not be loaded
 */
public record LoadResult(String source, LanguageList languages, Map<String, Content> content,
                         List<Problem> problems) {

    public LoadResult {
        // Media shared by several languages is checked once per language: say each problem once.
        problems = problems.stream().distinct().toList();
    }

    static LoadResult failed(String source, List<Problem> problems) {
        return new LoadResult(source, null, Map.of(), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
