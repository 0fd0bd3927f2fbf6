package org.backcare.kiosk.content;

/** A line a picker result shows only when its condition holds, e.g. "get care today". */
public record ResultNote(Condition when, String text, boolean urgent) {
}
