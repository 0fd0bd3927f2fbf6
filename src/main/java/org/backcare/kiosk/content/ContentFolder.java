package org.backcare.kiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A clinic's own content folder, laid out like the bundled one ({@code languages.json},
 * {@code clinical/*.json}, {@code en/*.json}, …). Media paths resolve against the folder's own {@code media/} first, then
 * against the bundled media, so a clinic can change wording without copying every picture.
 */
public final class ContentFolder implements ContentSource {

    private final Path root;
    private final ContentSource bundledMedia;

    public ContentFolder(Path root, ContentSource bundledMedia) {
        this.root = root.toAbsolutePath().normalize();
        this.bundledMedia = bundledMedia;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new FileTooLargeException(size);
        }
        return Files.readAllBytes(file);
    }

    @Override
    public byte[] readMedia(String mediaPath) throws IOException {
        Path file = root.resolve("media").resolve(mediaPath).normalize();
        if (!Files.isRegularFile(file)) {
            return bundledMedia.readMedia(mediaPath);
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new FileTooLargeException(size);
        }
        return Files.readAllBytes(file);
    }

    @Override
    public List<String> list(String languageFolder) throws IOException {
        Path dir = root.resolve(languageFolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public MediaStatus media(String mediaPath) {
        Path mediaRoot = root.resolve("media");
        Path file = mediaRoot.resolve(mediaPath).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return bundledMedia.media(mediaPath);
        }
        // A symbolic link may point outside the media folder: follow it and check where it lands.
        try {
            if (!file.toRealPath().startsWith(mediaRoot.toRealPath())) {
                return MediaStatus.OUTSIDE_MEDIA_FOLDER;
            }
            return Files.isRegularFile(file) ? MediaStatus.FOUND : MediaStatus.MISSING;
        } catch (IOException e) {
            return MediaStatus.MISSING;
        }
    }
}
