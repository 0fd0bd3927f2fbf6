package org.backcare.kiosk.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A path relative to the media folder; it must exist and must not leave that folder. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MediaPath {

    /**
     * When set, the media file is JSON of this record type: it is read, checked like content
     * (its references included) and made available through {@link Content#drawing}.
     */
    Class<? extends Record> json() default Record.class;
}
