package org.backcare.kiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the bundled content out as a folder a clinic can edit and run with {@code --content}:
 * exactly the files the loader reads (languages.json, each language's files, the media the content
 * uses), in the layout {@link ContentFolder} reads. The list is not kept here: the files are the
 * ones a load of the bundled content asks for, so a new content file is exported without a change.
 */
public final class ContentExport {

    private ContentExport() {
    }

    /** Refused: the target is not an empty folder, or a file could not be written. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** A source that remembers every file and media path the loader used. */
    private static final class Recording implements ContentSource {
        private final ContentSource inner;
        final Set<String> files = new LinkedHashSet<>();
        final Set<String> media = new LinkedHashSet<>();

        Recording(ContentSource inner) {
            this.inner = inner;
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public byte[] read(String relativePath) throws IOException {
            byte[] bytes = inner.read(relativePath);
            if (bytes != null) {
                files.add(relativePath);
            }
            return bytes;
        }

        @Override
        public byte[] readMedia(String mediaPath) throws IOException {
            media.add(mediaPath);
            return inner.readMedia(mediaPath);
        }

        @Override
        public List<String> list(String languageFolder) throws IOException {
            return inner.list(languageFolder);
        }

        @Override
        public MediaStatus media(String mediaPath) {
            MediaStatus status = inner.media(mediaPath);
            if (status == MediaStatus.FOUND) {
                media.add(mediaPath);
            }
            return status;
        }
    }

    /**
     * Exports the bundled content into {@code target}, which must not exist or be an empty folder;
     * nothing is ever overwritten.
     *
     * @return the paths written, relative to {@code target}
     */
    public static List<String> export(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException(target + ": exists and is not a folder; give a new or empty folder");
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new RefusedException(target + ": is not empty; give a new or empty folder, so nothing is"
                            + " overwritten");
                }
            }
        }
        BundledContent bundled = new BundledContent();
        Recording recording = new Recording(bundled);
        LoadResult result = new ContentLoader().load(recording);
        if (!result.ok()) {
            throw new IllegalStateException("The bundled content is broken: " + result.problems());
        }
        List<String> written = new ArrayList<>();
        Files.createDirectories(target);
        for (String file : recording.files) {
            write(target, file, bundled.read(file));
            written.add(file);
        }
        for (String path : recording.media) {
            write(target, "media/" + path, bundled.readMedia(path));
            written.add("media/" + path);
        }
        return written;
    }

    private static void write(Path target, String relative, byte[] bytes) throws IOException {
        Path file = target.resolve(relative).normalize();
        if (!file.startsWith(target.normalize())) {
            throw new RefusedException(relative + ": would be written outside " + target);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
