package org.backcare.kiosk.content;

/**
 * One shape of a drawing.
 *
 * @param id     names the shape so content can point at it (a body-map area)
 * @param kind   what it is, which sets its style: outline, bone, faint (context), muscle, source, area
 * @param region the tappable region it belongs to (a muscle id, a pain source id, an area id)
 * @param layer  the layer it lies in (surface, middle, deep, bone): peeling the layers above hides it
 * @param mirror also draw it mirrored about the drawing's vertical centre line
 */
public record DrawingShape(@Omittable String id, ShapeKind kind, @Omittable String region,
                           @Omittable Layer layer, String path, @Omittable boolean mirror) {
}
