package org.backcare.kiosk.content;

/**
 * What every topic file starts with.
 *
 * @param title the screen title
 * @param tile  the two-to-four-word label of the topic's tile on Home
 * @param lead  one or two sentences under the title
 */
public record TopicInfo(@MaxLength(value = MaxLength.TITLE, what = "a title") String title,
                        @MaxLength(value = MaxLength.TILE, what = "a tile label") String tile, String lead) {
}
