package org.backcare.kiosk.ui;

import javafx.scene.media.AudioClip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tones through JavaFX media. Each tone is copied to a temporary file once, because JavaFX media
 * cannot play from inside a linked runtime image (jrt:). Anything missing (no media support, no sound
 * device, a headless test) is logged once and the tones go silent: the kiosk never fails for sound.
 */
final class ClipTones implements Audio.Tones {

    private static final Logger LOG = Logger.getLogger(ClipTones.class.getName());

    private final Map<Audio.Tone, AudioClip> clips = new EnumMap<>(Audio.Tone.class);
    private boolean silent;

    @Override
    public void play(Audio.Tone tone, double volume) {
        if (silent) {
            return;
        }
        try {
            AudioClip clip = clips.get(tone);
            if (clip == null) {
                clip = new AudioClip(copied(tone).toUri().toString());
                clips.put(tone, clip);
            }
            clip.play(volume);
        } catch (Throwable e) { // MediaException, UnsatisfiedLinkError, NoClassDefFoundError…
            silent = true;
            LOG.log(Level.WARNING, "No sound: the tones cannot be played here, the walkthrough goes on silently", e);
        }
    }

    private static Path copied(Audio.Tone tone) throws IOException {
        Path file = Files.createTempFile("backcare-" + tone.name().toLowerCase(java.util.Locale.ROOT), ".wav");
        file.toFile().deleteOnExit();
        try (InputStream in = Resources.open(tone.resource())) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
