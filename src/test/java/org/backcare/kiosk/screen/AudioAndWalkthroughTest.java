package org.backcare.kiosk.screen;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.shell.Kiosk;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.ui.ScreenText;
import org.backcare.kiosk.voice.Speaker;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.backcare.kiosk.screen.KioskUi.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kiosk's voice and tones through a fake speaker that writes down what it was asked to say, and
 * the walkthrough that runs its repetitions by itself, on a clock the test moves.
 */
@UiTest
class AudioAndWalkthroughTest {

    /** Says nothing; remembers what it was asked to say, in which language, and whether it still speaks. */
    static final class FakeSpeaker implements Speaker {
        final List<String> said = Collections.synchronizedList(new ArrayList<>());
        final List<String> languages = Collections.synchronizedList(new ArrayList<>());
        volatile CompletableFuture<Void> speaking;
        volatile int started;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public CompletableFuture<Void> say(String text, String language) {
            stop();
            said.add(text);
            languages.add(language);
            started++;
            speaking = new CompletableFuture<>();
            return speaking;
        }

        @Override
        public void stop() {
            if (speaking != null) {
                speaking.complete(null);
            }
        }

        boolean isSpeaking() {
            return speaking != null && !speaking.isDone();
        }

        String last() {
            return said.isEmpty() ? "" : said.get(said.size() - 1);
        }
    }

    private final TestClock clock = new TestClock();
    private final FakeSpeaker speaker = new FakeSpeaker();
    private final List<Audio.Tone> tones = Collections.synchronizedList(new ArrayList<>());
    private Stage stage;
    private Kiosk kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Kiosk show(FxRobot robot, int width, int height, Audio audio) {
        robot.interact(() -> kiosk = KioskUi.show(stage, width, height, Settings.DEFAULTS, clock, audio));
        return kiosk;
    }

    private Audio withVoice() {
        return new Audio(speaker, (tone, volume) -> tones.add(tone), true, 80);
    }

    private boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void withoutASpeechEngineThereIsNoReadAloudButton(FxRobot robot) {
        show(robot, 1920, 1080, Audio.silent());
        assertFalse(visible(robot, "#readAloudButton"));
        assertFalse(robot.lookup("#readAloudButton").query().isManaged(), "and it takes no room in the app bar");
    }

    @Test
    void withOneTheButtonReadsTheScreenInItsLanguageAndAgainStops(FxRobot robot) {
        show(robot, 1920, 1080, withVoice());
        assertTrue(visible(robot, "#readAloudButton"));
        tap(robot, "#causesTile");
        tap(robot, "#readAloudButton");
        assertTrue(speaker.isSpeaking());
        assertEquals("en", speaker.languages.get(0));
        String said = speaker.last();
        assertTrue(said.startsWith(KioskUi.title(robot) + "."), said);
        assertTrue(said.contains(label(robot, ".lead")), "the screen's words, not only its title: " + said);
        assertFalse(said.contains("\uf000"), "no icon glyphs");
        assertEquals("Stop reading", robot.lookup("#readAloudButton").queryAs(Button.class).getText());
        tap(robot, "#readAloudButton");
        assertFalse(speaker.isSpeaking(), "a second press stops");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Read aloud", robot.lookup("#readAloudButton").queryAs(Button.class).getText());

        tap(robot, "#language-es");
        tap(robot, "#readAloudButton");
        assertEquals("es", speaker.languages.get(speaker.languages.size() - 1), "Spanish is read with the Spanish voice");
        assertTrue(speaker.last().startsWith(KioskUi.title(robot) + "."));
    }

    @Test
    void readingStopsOnAScreenChangeAndOnTheIdleReset(FxRobot robot) {
        show(robot, 1920, 1080, withVoice());
        tap(robot, "#readAloudButton");
        assertTrue(speaker.isSpeaking());
        tap(robot, "#musclesTile");
        assertFalse(speaker.isSpeaking(), "the next screen is not read over");
        tap(robot, "#readAloudButton");
        assertTrue(speaker.isSpeaking());
        robot.interact(() -> kiosk.session().resetForNextPerson());
        assertFalse(speaker.isSpeaking(), "the next person hears nothing of the last one's screen");
    }

    @Test
    void tabSpeaksTheNameOfTheFocusedItem(FxRobot robot) {
        show(robot, 1920, 1080, withVoice());
        assertEquals(0, speaker.started, "nothing is said before a key is pressed");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = kiosk.navigator().viewProperty().get().getScene().getFocusOwner();
        String name = ScreenText.nameOf(focused);
        assertFalse(name.isBlank(), "the focused item has a name: " + focused);
        assertEquals(name, speaker.last());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScreenText.nameOf(kiosk.navigator().viewProperty().get().getScene().getFocusOwner()), speaker.last());
        assertEquals(2, speaker.started, "one name for each move, one voice at a time");
    }

    @Test
    void theWalkthroughRunsItsRepetitionsByItselfPausesResumesAndIsAllDone(FxRobot robot) {
        show(robot, 1920, 1080, withVoice());
        robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough("pelvic-tilt")));
        assertEquals("Repetition 1 of 10", label(robot, "#repetition"));
        assertEquals("Start", robot.lookup("#startPause").queryAs(Button.class).getText());
        tap(robot, "#startPause");
        assertEquals("Pause", robot.lookup("#startPause").queryAs(Button.class).getText());
        assertEquals(List.of(Audio.Tone.HOLD_START), tones);
        assertEquals("Repetition 1 of 10", speaker.last(), "counted aloud");
        assertEquals("Read aloud", robot.lookup("#readAloudButton").queryAs(Button.class).getText(),
                "the count is no reading of the screen: the button stays Read aloud");
        for (int second = 1; second <= 5; second++) {
            clock.advance(Duration.ofSeconds(1));
            String expected = Integer.toString(5 - second);
            if (second < 5) {
                KioskUi.waitUntil("the countdown at " + expected, () -> expected.equals(label(robot, "#countdown")));
            }
        }
        KioskUi.waitUntil("the rest", () -> "Rest".equals(label(robot, "#repetition")));
        assertTrue(speaker.said.containsAll(List.of("3", "2", "1", "Rest")), speaker.said::toString);
        assertEquals(List.of(Audio.Tone.HOLD_START, Audio.Tone.HOLD_END), tones);
        assertEquals("5", label(robot, "#countdown"), "the rest counts down too");
        snapshot(robot, "walkthrough-rest");

        clock.advance(Duration.ofSeconds(2));
        KioskUi.waitUntil("rest at 3", () -> "3".equals(label(robot, "#countdown")));
        tap(robot, "#startPause");
        assertEquals("Resume", robot.lookup("#startPause").queryAs(Button.class).getText());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(KioskUi.holdsFor(300, () -> "3".equals(label(robot, "#countdown"))), "paused: the rest stands still");
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(3));
        KioskUi.waitUntil("the second repetition, with no tap",
                () -> "Repetition 2 of 10".equals(label(robot, "#repetition")));
        assertEquals("Repetition 2 of 10", speaker.last());

        for (int second = 0; second < 9 * 10; second++) {
            clock.advance(Duration.ofSeconds(1));
            WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        KioskUi.waitUntil("all done", () -> label(robot, "#timerStatus").startsWith("All done"));
        assertEquals("Repetition 10 of 10", label(robot, "#repetition"));
        assertEquals("All done. Well done!", speaker.last(), "said aloud too");
        assertTrue(visible(robot, "#donePanel"), "what to do next");
        assertTrue(visible(robot, "#backToExercise"));
        assertFalse(visible(robot, "#startPause"));
        assertEquals(10, tones.stream().filter(t -> t == Audio.Tone.HOLD_START).count());
        assertEquals(10, tones.stream().filter(t -> t == Audio.Tone.HOLD_END).count());
        assertTrue(visible(robot, "#stop-rule"), "the stop rule stays in view");
        snapshot(robot, "walkthrough-all-done");
        tap(robot, "#backToExercise");
        assertEquals(new Route.ExercisePage("pelvic-tilt"), kiosk.navigator().current());
    }

    /** The screen as a PNG under target/ui-shots/, for a person to look at. */
    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
            try {
                java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "ui-shots"));
                try (var out = java.nio.file.Files.newOutputStream(folder.resolve(name + ".png"))) {
                    org.backcare.kiosk.export.PngWriter.write(out, w, h, argb);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void soundOffMeansNoTonesAndNoCount(FxRobot robot) {
        show(robot, 1920, 1080, new Audio(speaker, (tone, volume) -> tones.add(tone), false, 80));
        robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough("pelvic-tilt")));
        tap(robot, "#startPause");
        clock.advance(Duration.ofSeconds(6));
        KioskUi.waitUntil("the rest", () -> "Rest".equals(label(robot, "#repetition")));
        assertEquals(List.of(), tones);
        assertEquals(0, speaker.started);
        assertTrue(visible(robot, "#readAloudButton"), "reading aloud stays: it is asked for");
    }

    @Test
    void startIsInViewWithoutScrollingInLandscapeAndPortrait(FxRobot robot) {
        for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
            show(robot, size[0], size[1], Audio.silent());
            for (Exercise exercise : kiosk.content().exercises().exercises()) {
                robot.interact(() -> kiosk.navigator().go(new Route.Walkthrough(exercise.id())));
                WaitForAsyncUtils.waitForFxEvents();
                Node start = robot.lookup("#startPause").query();
                ScrollPane scroller = robot.lookup("#scroller").queryAs(ScrollPane.class);
                assertEquals(0, scroller.getVvalue(), 0.0001);
                Bounds button = start.localToScene(start.getLayoutBounds());
                Bounds viewport = scroller.localToScene(scroller.getLayoutBounds());
                String where = exercise.id() + " at " + size[0] + "x" + size[1] + ": Start at " + button + ", view " + viewport;
                assertTrue(button.getMaxY() <= viewport.getMaxY() && button.getMinY() >= viewport.getMinY(), where);
                assertTrue(button.getMaxX() <= viewport.getMaxX(), where);
            }
        }
    }
}
