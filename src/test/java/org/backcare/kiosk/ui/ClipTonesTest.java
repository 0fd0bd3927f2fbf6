package org.backcare.kiosk.ui;

import org.backcare.kiosk.UiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * The tones play where JavaFX media can, and are silence (never an error) where it cannot, as under
 * Monocle: nothing is thrown, here or on a media thread (TestFX fails a test for either).
 */
@UiTest
class ClipTonesTest {

    @Test
    void playingTheTonesNeverFails(FxRobot robot) {
        ClipTones tones = new ClipTones();
        robot.interact(() -> assertDoesNotThrow(() -> {
            for (int i = 0; i < 2; i++) {
                tones.play(Audio.Tone.HOLD_START, 0.8);
                tones.play(Audio.Tone.HOLD_END, 0.8);
            }
        }));
        org.testfx.util.WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertDoesNotThrow(() -> tones.play(Audio.Tone.HOLD_START, 0.8)));
    }
}
