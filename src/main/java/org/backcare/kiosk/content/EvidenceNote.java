package org.backcare.kiosk.content;

import java.util.List;

/**
 * Where current guidelines or research differ from the article. The article's advice stays;
 * the note sits beside it so a clinic can review its content knowingly.
 */
public record EvidenceNote(String id, String about, String text, @Ref(Source.class) List<String> sources) {
    public EvidenceNote {
        sources = List.copyOf(sources);
    }
}
