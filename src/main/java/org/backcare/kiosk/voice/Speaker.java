package org.backcare.kiosk.voice;

import java.util.concurrent.CompletableFuture;

/**
 * A voice that reads text aloud, one thing at a time: saying something new stops what was being
 * said. The kiosk has at most one speaker, so there is never more than one voice at once.
 */
public interface Speaker {

    /** No voice: nothing is said, and the read-aloud button is not shown. */
    Speaker NONE = new Speaker() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public CompletableFuture<Void> say(String text, String language) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void stop() {
        }
    };

    /** Whether there is a voice at all. */
    boolean available();

    /**
     * Stops what is being said and starts saying {@code text}.
     *
     * @param language the language id of the text ("en", "es")
     * @return completed when the text has been said or was stopped
     */
    CompletableFuture<Void> say(String text, String language);

    /** Stops speaking at once; does nothing when silent. */
    void stop();
}
