package org.backcare.kiosk.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text may have so it fits where the kiosk shows it (a screen title, a card
 * heading, a Home tile) at the largest text size (150 %) on a 1080-pixel-wide portrait screen,
 * without pushing the screen's content and the "does not diagnose" line out of view.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MaxLength {
    /** Titles (screen titles, picker results, symptom patterns, treatments). */
    int TITLE = 60;
    /** Names of muscles, causes, pain sources and exercises, and card headings. */
    int NAME = 60;
    /** A Home tile's label: two to four words. */
    int TILE = 40;

    int value();

    /** What the text is, in messages: "a title". */
    String what();
}
