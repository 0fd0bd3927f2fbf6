package org.backcare.kiosk.content;

/**
 * A body part that stays on a surface in every pose of an exercise and every frame between them:
 * "hands on the floor, under the shoulders". A lying or flat part (hands, forearms, thighs, shins,
 * feet, back) touches along its length, not only at one end.
 *
 * @param part  what touches
 * @param on    what it touches
 * @param under optional: a part the touching part stays under (hands under the shoulders)
 */
public record Contact(BodyPart part, Surface on, @Omittable BodyPart under) {
}
