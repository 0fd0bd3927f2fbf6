package org.backcare.kiosk.content;

/**
 * A position of the exercise figure, seen from the side, facing right. The hip is placed at
 * ({@code hipX}, {@code hipY}) with the floor at height 0; every body part then follows from its
 * angle in degrees (0 points right, 90 straight up). Its name ("start", "end") identifies it in
 * messages and is the same in every language.
 */
public record Pose(@Neutral String name,
                   @Range(min = -200, max = 200, unit = "figure units") double hipX,
                   @Range(min = 0, max = 200, unit = "figure units") double hipY,
                   Joints angles) {
}
