package org.backcare.kiosk.content;

import java.util.List;

/** One reason the back can hurt: a strain, a spasm, referred pain. */
public record Cause(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, String summary, List<String> points,
                    @Omittable String example, @Omittable List<PainSource> sources) {
    public Cause {
        points = List.copyOf(points);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
