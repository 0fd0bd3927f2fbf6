package org.backcare.kiosk.content;

/** Who last reviewed the content, and when (ISO date, yyyy-mm-dd). */
public record Review(String by, String on, String note) {
}
