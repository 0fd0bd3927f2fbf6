package org.backcare.kiosk.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text (or list of texts) that names the {@code id} of another piece of content of the given kind.
 * The validator reports a reference to an id that does not exist.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Ref {
    Class<? extends Record> value();
}
