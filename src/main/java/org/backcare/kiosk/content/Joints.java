package org.backcare.kiosk.content;

/**
 * The angle of each body part of a pose, in degrees (0 points right, 90 up). The far leg and
 * arm default to the near ones, so a symmetric pose names each part once. The trunk is three
 * parts: the pelvis (from the hip joint up to the base of the spine), the low back and the upper
 * back ({@code trunk}); the pelvis and the low back default to the trunk's angle, a straight back.
 * Hands default to continuing the forearm.
 */
public record Joints(@Range(min = -360, max = 360, unit = "degrees") double trunk,
                     @Range(min = -360, max = 360, unit = "degrees") double head,
                     @Range(min = -360, max = 360, unit = "degrees") double upperArm,
                     @Range(min = -360, max = 360, unit = "degrees") double forearm,
                     @Range(min = -360, max = 360, unit = "degrees") double thigh,
                     @Range(min = -360, max = 360, unit = "degrees") double shin,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farUpperArm,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farForearm,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farThigh,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farShin,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double foot,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double pelvis,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double lowBack,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double hand,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farHand,
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double farFoot) {
    public Joints {
        farUpperArm = farUpperArm == null ? upperArm : farUpperArm;
        farForearm = farForearm == null ? forearm : farForearm;
        farThigh = farThigh == null ? thigh : farThigh;
        farShin = farShin == null ? shin : farShin;
        foot = foot == null ? shin + 90 : foot;
        pelvis = pelvis == null ? trunk : pelvis;
        lowBack = lowBack == null ? trunk : lowBack;
        hand = hand == null ? forearm : hand;
        farHand = farHand == null ? farForearm + hand - forearm : farHand;
        farFoot = farFoot == null ? farShin + foot - shin : farFoot;
    }
}
