package org.backcare.kiosk.content;

/** Which way an exercise moves the low back. */
public enum Direction {
    /** Bending forward: eases pain that standing and walking bring on. */
    FLEXION,
    /** Bending backward: eases pain that sitting and bending bring on. */
    EXTENSION,
    /** Neither: walking, changing position, gentle movement. */
    GENERAL
}
