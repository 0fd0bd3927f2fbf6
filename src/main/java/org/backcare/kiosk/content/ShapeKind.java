package org.backcare.kiosk.content;

/**
 * What a drawing's shape shows; each kind has a style in the theme. {@code fibre} lines and
 * {@code tendon} shapes belong to a muscle's region; an {@code other-muscle} is drawn plainly,
 * as the setting of the muscles the kiosk teaches about, and is not tapped.
 */
public enum ShapeKind {
    OUTLINE,
    BONE,
    FAINT,
    MUSCLE,
    SOURCE,
    AREA,
    FIBRE,
    TENDON,
    OTHER_MUSCLE
}
