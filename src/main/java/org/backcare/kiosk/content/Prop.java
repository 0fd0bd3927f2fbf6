package org.backcare.kiosk.content;

/** What the exercise figure lies, sits or stands on, or leans against. */
public enum Prop {
    MAT,
    CHAIR,
    FLOOR,
    WALL
}
