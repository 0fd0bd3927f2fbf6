package org.backcare.kiosk.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text (or list of texts) that is not prose and so is the same in every language: a body-map
 * region name, a citation, a date. It lives in the clinical file with the ids and numbers, not in
 * the language files. (Ids, {@link Ref references} and {@link MediaPath media paths} are neutral
 * without it.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Neutral {
}
