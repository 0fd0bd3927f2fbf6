package org.backcare.kiosk;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that starts the JavaFX toolkit (TestFX on headless Monocle). Tagged {@value #TAG}, such
 * tests run in Failsafe during {@code ./mvnw verify}; {@code ./mvnw test} runs only the pure ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UiTest.TAG)
@ExtendWith(ApplicationExtension.class)
public @interface UiTest {
    String TAG = "ui";
}
