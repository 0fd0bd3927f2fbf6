package org.backcare.kiosk.content;

/** What a drawing's shape shows; each kind has a style in the theme. */
public enum ShapeKind {
    OUTLINE,
    BONE,
    FAINT,
    MUSCLE,
    SOURCE,
    AREA
}
