package org.backcare.kiosk.content;

/**
 * What every topic file starts with.
 *
 * @param title the screen title
 * @param tile  the two-to-four-word label of the topic's tile on Home
 * @param lead  one or two sentences under the title
 */
public record TopicInfo(String title, String tile, String lead) {
}
