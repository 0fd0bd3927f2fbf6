package org.backcare.kiosk.content;

/**
 * How far a joint of the figure may bend in an exercise, in degrees, on top of the limits every
 * body has (a knee never bends backwards). See docs/CONTENT.md for which way is positive.
 */
public record JointLimit(Joint joint,
                         @Range(min = -180, max = 180, unit = "degrees") double min,
                         @Range(min = -180, max = 180, unit = "degrees") double max) {

    /** The joints a limit can name; each is the angle between two neighbouring body parts. */
    public enum Joint {
        NECK,
        UPPER_BACK,
        LOW_BACK,
        HIP,
        KNEE,
        ANKLE,
        SHOULDER,
        ELBOW,
        WRIST
    }
}
