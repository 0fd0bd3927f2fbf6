package org.backcare.kiosk.content;

import java.util.List;

/** A short block of text: a heading, an optional paragraph and optional bullet points. */
public record Section(String id, @MaxLength(value = MaxLength.NAME, what = "a heading") String heading, @Omittable String text, @Omittable List<String> points) {
    public Section {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
