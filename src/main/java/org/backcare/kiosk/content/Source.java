package org.backcare.kiosk.content;

/**
 * A publication the content draws on.
 *
 * @param usedFor what in the kiosk comes from it
 */
public record Source(String id, String citation, String usedFor) {
}
