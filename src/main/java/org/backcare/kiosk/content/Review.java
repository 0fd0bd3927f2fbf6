package org.backcare.kiosk.content;

/** Who last reviewed the content, and when (ISO date, yyyy-mm-dd, the same in every language). */
public record Review(String by, @Neutral String on, String note) {
}
