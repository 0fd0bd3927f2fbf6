package org.backcare.kiosk.content;

import java.util.List;

/** sources.json: the article, its references, other sources, and the "not a diagnosis" note. */
public record SourcesTopic(TopicInfo topic, String disclaimer, Source article, List<Source> references,
                           List<Source> otherSources, Review review) {
    public SourcesTopic {
        references = List.copyOf(references);
        otherSources = List.copyOf(otherSources);
    }
}
