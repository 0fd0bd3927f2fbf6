package org.backcare.kiosk.content;

/**
 * Something that can send pain to the back: an organ or a joint of the spine.
 *
 * @param feltIn     where the pain may be felt, in plain words
 * @param seeDoctor  whether the kiosk should advise seeing a doctor about this source
 */
public record PainSource(String id, String name, String feltIn, String explanation, boolean seeDoctor) {
}
