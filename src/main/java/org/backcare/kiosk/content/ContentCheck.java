package org.backcare.kiosk.content;

import java.util.List;

/**
 * A check that needs the whole content of a language, built: for example that the picker's
 * rules reach a result for every combination of answers. Runs after the shape check passes.
 * <p>
 * Every language shares the clinical half (ids, numbers, rules, poses), so what a check proves of
 * that half holds for all of them: the loader runs {@link #check} on the first language that builds
 * and only {@link #checkTexts} on the others.
 */
@FunctionalInterface
public interface ContentCheck {

    /** Checks all of one language's content, its clinical half included. */
    void check(Content content, List<Problem> problems);

    /**
     * Checks only what depends on this language's texts, for a language whose clinical half was
     * already checked with another language's. By default the whole check runs again; a check whose
     * findings depend on the clinical half alone does nothing here.
     */
    default void checkTexts(Content content, List<Problem> problems) {
        check(content, problems);
    }
}
