package org.backcare.kiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/** The content and media that ship inside the kiosk. */
public final class BundledContent implements ContentSource {

    private static final String ROOT = "/org/backcare/kiosk/content/";

    @Override
    public String describe() {
        return "bundled content";
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        return readResource(ROOT + relativePath);
    }

    @Override
    public byte[] readMedia(String mediaPath) throws IOException {
        return readResource("/media/" + mediaPath);
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = BundledContent.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new FileTooLargeException(bytes.length);
            }
            return bytes;
        }
    }

    /**
     * Resources inside a module cannot be listed, so the bundled folders (clinical/ and each
     * language's) hold exactly the known files.
     */
    @Override
    public List<String> list(String languageFolder) {
        return Arrays.stream(Topic.values()).map(Topic::fileName).toList();
    }

    @Override
    public MediaStatus media(String mediaPath) {
        return BundledContent.class.getResource("/media/" + mediaPath) != null ? MediaStatus.FOUND : MediaStatus.MISSING;
    }
}
