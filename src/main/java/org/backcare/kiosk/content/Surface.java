package org.backcare.kiosk.content;

/** What a body part rests on: the floor (or the mat on it), the chair's seat, the wall behind the figure. */
public enum Surface {
    FLOOR,
    SEAT,
    WALL
}
