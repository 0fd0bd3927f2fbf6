package org.backcare.kiosk.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.voice.EspeakSpeaker;
import org.backcare.kiosk.voice.SpeechEngine;
import org.backcare.kiosk.voice.Speaker;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * What the kiosk says and sounds: the walkthrough's tones and spoken count (when the {@code sound}
 * setting allows), reading a screen aloud, and the focused item's name for a keyboard user. One
 * speaker, so one voice at a time; without a speech engine only the tones remain.
 */
public final class Audio {

    private static final Logger LOG = Logger.getLogger(Audio.class.getName());

    /** The hold timer's tones. */
    public enum Tone {
        HOLD_START("/media/sounds/hold-start.wav"),
        HOLD_END("/media/sounds/hold-end.wav");

        private final String resource;

        Tone(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    /** Plays a tone; never throws (no sound device, no media support: silence). */
    public interface Tones {
        void play(Tone tone, double volume);
    }

    private final Speaker speaker;
    private final Tones tones;
    private final boolean sound;
    private final double volume;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private CompletableFuture<Void> current = CompletableFuture.completedFuture(null);

    /**
     * @param sound  whether the walkthrough's cues sound (the {@code sound} setting)
     * @param volume 0 to 100
     */
    public Audio(Speaker speaker, Tones tones, boolean sound, int volume) {
        this.speaker = speaker;
        this.tones = tones;
        this.sound = sound;
        this.volume = Math.max(0, Math.min(100, volume)) / 100.0;
    }

    /** No voice and no tones: tests and exports. */
    public static Audio silent() {
        return new Audio(Speaker.NONE, (tone, volume) -> { }, false, 0);
    }

    /** The kiosk's audio as the settings say: espeak-ng found on the PATH (or the setting's program), tones through JavaFX media. */
    public static Audio of(Settings settings) {
        Speaker speaker = SpeechEngine.find(settings.speechEngine(), System.getenv("PATH"))
                .<Speaker>map(program -> new EspeakSpeaker(program, settings.soundVolume()))
                .orElse(Speaker.NONE);
        String named = settings.speechEngine();
        if (!speaker.available() && named != null && !SpeechEngine.OFF.equals(named)) {
            LOG.warning("Settings speechEngine: " + named + " is not a program that can be run; no voice");
        }
        LOG.info(speaker.available() ? "Read aloud: espeak-ng" : "Read aloud: no speech engine, the button is not shown");
        return new Audio(speaker, new ClipTones(), settings.sound(), settings.soundVolume());
    }

    /** Whether there is a voice: the read-aloud button shows only then. */
    public boolean canSpeak() {
        return speaker.available();
    }

    /** A walkthrough tone, when sound is on. */
    public void cue(Tone tone) {
        if (sound) {
            tones.play(tone, volume);
        }
    }

    /** A walkthrough cue said aloud ("Repetition 3 of 10", "3"), when sound is on and there is a voice. */
    public void cueSay(String text, String language) {
        if (sound && speaker.available()) {
            speaker.say(text, language); // not "reading": the Read aloud button stays as it is
        }
    }

    /** Reads a screen's text, or the focused item's name, stopping whatever was being said. */
    public void read(String text, String language) {
        if (speaker.available()) {
            speak(text, language);
        }
    }

    private void speak(String text, String language) {
        CompletableFuture<Void> said = speaker.say(text, language);
        current = said;
        reading.set(true);
        said.whenComplete((done, error) -> Platform.runLater(() -> {
            if (current == said) {
                reading.set(false);
            }
        }));
    }

    /** Stops speaking at once (screen change, idle reset, the Stop button). */
    public void stop() {
        speaker.stop();
        current = CompletableFuture.completedFuture(null);
        reading.set(false);
    }

    /** Whether something is being said. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }
}
