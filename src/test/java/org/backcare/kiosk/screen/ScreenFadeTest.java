package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kiosk as it starts, with its screen fade on (the other UI tests turn it off): the first
 * screen is there whole in the window's first frame, and later screens fade in.
 */
@UiTest
class ScreenFadeTest {

    private Kiosk kiosk;
    private Stage stage;
    /** Whether a cover lay over the first screen as the window first showed (a fade lasts 180 ms). */
    private boolean coveredAtStart;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = new Kiosk(KioskUi.library(), "en", Clock.systemUTC());
        stage.setScene(kiosk.scene(1280, 800));
        stage.show();
        coveredAtStart = hasCover(); // in the same turn of the JavaFX thread: no fade can have ended yet
    }

    @Test
    void theFirstScreenIsShownAtOnceAndLaterScreensFadeIn(FxRobot robot) {
        AtomicBoolean coveredAfterTap = new AtomicBoolean(false);
        // Looked up on the JavaFX thread, where a fade's end takes its cover away.
        robot.interact(() -> {
            kiosk.navigator().go(Route.of(Topic.MUSCLES));
            coveredAfterTap.set(hasCover());
        });
        assertFalse(coveredAtStart, "Home is shown whole when the kiosk starts, not under a fading cover");
        assertTrue(coveredAfterTap.get(), "a screen opened later fades in");
        // The fade lasts 180 ms; a busy machine may draw late, so this waits up to 5 s for the cover to go.
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(this::hasCover).get()), "the fade's cover is gone once it has faded");
    }

    private boolean hasCover() {
        return !stage.getScene().getRoot().lookupAll(".fade-cover").isEmpty();
    }
}
