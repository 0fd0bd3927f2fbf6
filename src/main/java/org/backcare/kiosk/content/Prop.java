package org.backcare.kiosk.content;

/** What the exercise figure lies, sits or stands on. */
public enum Prop {
    MAT,
    CHAIR,
    FLOOR
}
