package org.backcare.kiosk.content;

import org.backcare.kiosk.files.LocalFile;

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
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String refusal = LocalFile.refusal(file, root);
        if (refusal != null) {
            throw new LocalFile.NotAFileException(refusal);
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
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return bundledMedia.readMedia(mediaPath);
        }
        String refusal = LocalFile.refusal(file, root.resolve("media"));
        if (refusal != null) {
            throw new LocalFile.NotAFileException(refusal);
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
        // A symbolic link (the file's, or a folder's on the way) may point outside the media folder:
        // follow it and check where it lands.
        try {
            if (!file.toRealPath().startsWith(mediaRoot.toRealPath())) {
                return MediaStatus.OUTSIDE_MEDIA_FOLDER;
            }
            return LocalFile.refusal(file, mediaRoot) == null ? MediaStatus.FOUND : MediaStatus.NOT_A_FILE;
        } catch (java.nio.file.NoSuchFileException e) {
            return MediaStatus.MISSING; // a link to nothing
        } catch (IOException e) {
            return MediaStatus.NOT_A_FILE; // a link loop, or one that cannot be followed
        }
    }
}
