package org.backcare.kiosk.content;

/** A region of the figure tinted to show what an exercise stretches or works. */
public enum BodyRegion {
    LOW_BACK,
    UPPER_BACK,
    BELLY,
    HAMSTRINGS
}
