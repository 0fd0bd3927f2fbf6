package org.backcare.kiosk.ui;

import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

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
 * A {@link MediaPlayer}, not an AudioClip: an AudioClip that cannot play throws on its own thread,
 * where the kiosk's recovery would take it for a fault and send the person Home; a player reports
 * it to its error handler.
 */
final class ClipTones implements Audio.Tones {

    private static final Logger LOG = Logger.getLogger(ClipTones.class.getName());

    private final Map<Audio.Tone, MediaPlayer> players = new EnumMap<>(Audio.Tone.class);
    private boolean silent;

    @Override
    public void play(Audio.Tone tone, double volume) {
        if (silent) {
            return;
        }
        try {
            MediaPlayer player = players.get(tone);
            if (player == null) {
                MediaPlayer made = new MediaPlayer(new Media(copied(tone).toUri().toString()));
                made.setOnError(() -> goSilent(made.getError()));
                players.put(tone, made);
                player = made;
            }
            player.setVolume(volume);
            player.stop();
            player.play();
        } catch (Throwable e) { // MediaException, UnsatisfiedLinkError, NoClassDefFoundError…
            goSilent(e);
        }
    }

    private void goSilent(Throwable why) {
        if (!silent) {
            silent = true;
            LOG.log(Level.WARNING, "No sound: the tones cannot be played here, the walkthrough goes on silently", why);
            players.values().forEach(MediaPlayer::dispose);
            players.clear();
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
