package org.backcare.kiosk.content;

/** A language the content is written in: a code ("en") and its own name ("English"). */
public record Language(String id, String name) {
}
