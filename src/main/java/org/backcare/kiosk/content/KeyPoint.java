package org.backcare.kiosk.content;

/**
 * One thing to remember.
 *
 * @param topic    the file name (without .json) of the topic that says more, when there is one
 * @param evidence a research note shown with the point, where guidelines differ from the article
 */
public record KeyPoint(String id, String text, @Omittable @Ref(TopicInfo.class) String topic,
                       @Omittable @Ref(EvidenceNote.class) String evidence) {
}
