package org.backcare.kiosk.content;

/**
 * The angle of each body part of a pose, in degrees (0 points right, 90 up). The far leg and
 * arm default to the near ones, so a symmetric pose names each part once.
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
                     @Omittable @Range(min = -360, max = 360, unit = "degrees") Double foot) {
    public Joints {
        farUpperArm = farUpperArm == null ? upperArm : farUpperArm;
        farForearm = farForearm == null ? forearm : farForearm;
        farThigh = farThigh == null ? thigh : farThigh;
        farShin = farShin == null ? shin : farShin;
        foot = foot == null ? shin + 90 : foot;
    }
}
