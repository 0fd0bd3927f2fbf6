package org.backcare.kiosk.content;

/**
 * A part of the exercise figure that a pose's contact or a limit can name. A pair (hands, feet…)
 * means both sides: the contact holds for the near one and the far one.
 */
public enum BodyPart {
    HEAD,
    SHOULDERS,
    UPPER_BACK,
    LOW_BACK,
    PELVIS,
    HANDS,
    FOREARMS,
    ELBOWS,
    THIGHS,
    KNEES,
    SHINS,
    FEET,
    TOES
}
