package org.backcare.kiosk.illustration;

/**
 * Where the props stand, in figure units (the floor at 0, the figure facing right): the chair's
 * seat and back, the wall behind the figure. The check, the screen and the handout share them.
 */
public final class Props {

    public static final double SEAT_TOP = 34;
    public static final double SEAT_BOTTOM = 29;
    public static final double SEAT_FRONT = 20;
    public static final double SEAT_BACK = -24;
    public static final double CHAIR_BACK_TOP = 84;
    public static final double CHAIR_BACK_WIDTH = 4;
    public static final double WALL_X = -34;
    public static final double MAT_THICKNESS = 1.6;

    private Props() {
    }
}
