package org.backcare.kiosk.content;

import java.io.IOException;
import java.util.List;

/** Where content files and media are read from: the bundled resources or a clinic's folder. */
public interface ContentSource {

    /** Content files larger than this are refused before they are parsed. */
    long MAX_FILE_BYTES = 1_000_000;

    /** Names the source in messages: "bundled content" or the folder's path. */
    String describe();

    /**
     * Reads a file relative to the content root ("languages.json", "clinical/muscles.json", "en/muscles.json").
     *
     * @return the bytes, or {@code null} when the file does not exist
     * @throws FileTooLargeException when the file is larger than {@link #MAX_FILE_BYTES}
     */
    byte[] read(String relativePath) throws IOException;

    /**
     * Reads a media file (a path already checked by {@link #media}).
     *
     * @throws FileTooLargeException when the file is larger than {@link #MAX_FILE_BYTES}
     */
    byte[] readMedia(String mediaPath) throws IOException;

    /**
     * The names of the files in a language folder or the clinical folder, for reporting files the
     * kiosk does not know.
     */
    List<String> list(String languageFolder) throws IOException;

    /** Whether a media path (already checked to be relative and free of "..") names a usable file. */
    MediaStatus media(String mediaPath);

    /** What a media path leads to. */
    enum MediaStatus { FOUND, MISSING, OUTSIDE_MEDIA_FOLDER, NOT_A_FILE }

    /** Thrown when a file is too large to be content. */
    final class FileTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public FileTooLargeException(long size) {
            super("the file is " + size + " bytes; a content file may be at most " + MAX_FILE_BYTES + " bytes");
        }
    }
}
