package org.backcare.kiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * A vector illustration under media/: an anatomy view or a body map. Shapes are SVG path data
 * in a {@code width}×{@code height} box, drawn in order; styles come from the theme.
 */
public record Drawing(@Range(min = 10, max = 4000) int width, @Range(min = 10, max = 4000) int height,
                      List<DrawingShape> shapes) {
    public Drawing {
        shapes = List.copyOf(shapes);
    }

    /** The shapes that make up one tappable region. */
    public List<DrawingShape> region(String regionId) {
        return shapes.stream().filter(s -> regionId.equals(s.region())).toList();
    }

    public Optional<DrawingShape> shape(String id) {
        return shapes.stream().filter(s -> id.equals(s.id())).findFirst();
    }
}
