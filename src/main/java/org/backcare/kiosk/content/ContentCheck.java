package org.backcare.kiosk.content;

import java.util.List;

/**
 * A check that needs the whole content of a language, built: for example that the picker's
 * rules reach a result for every combination of answers. Runs after the shape check passes.
 */
@FunctionalInterface
public interface ContentCheck {
    void check(Content content, List<Problem> problems);
}
