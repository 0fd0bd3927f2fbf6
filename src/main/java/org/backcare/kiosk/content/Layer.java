package org.backcare.kiosk.content;

/**
 * How far from the skin a part of the back lies, from the outside in: the surface muscles, the
 * middle layer, the deep muscles, and the bones under them all. The anatomy view peels them in
 * this order.
 */
public enum Layer {
    SURFACE,
    MIDDLE,
    DEEP,
    BONE;

    /** Whether this layer lies over {@code other}, and so is peeled away to show it. */
    public boolean above(Layer other) {
        return ordinal() < other.ordinal();
    }
}
