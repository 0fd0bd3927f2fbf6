package org.backcare.kiosk.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the kiosk asks of a file it reads from a clinic (settings, content, media): a regular file,
 * reached, if through a link, without leaving the folder it belongs to. A named pipe would make a
 * read wait for ever, a device would read without end; they are refused with the reason, unread.
 */
public final class LocalFile {

    private LocalFile() {
    }

    /** Thrown instead of reading something that is not a regular file; the message says what it is. */
    public static final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotAFileException(String message) {
            super(message);
        }
    }

    /**
     * Why {@code file} (which exists, perhaps as a link) must not be read, or null when it may.
     *
     * @param within the folder a link must not lead out of, or null when links may lead anywhere
     */
    public static String refusal(Path file, Path within) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path target = file;
            if (attributes.isSymbolicLink() || within != null) { // a folder on the way may be a link too
                try {
                    target = file.toRealPath();
                } catch (NoSuchFileException e) {
                    return "is a link to something that does not exist";
                } catch (FileSystemException e) {
                    String why = String.valueOf(e.getReason());
                    return why.toLowerCase(java.util.Locale.ROOT).contains("symbolic links") || why.contains("loop")
                            ? "is a link that leads round in a loop" : "is a link that cannot be followed (" + reason(e) + ")";
                }
                if (within != null && !target.startsWith(within.toRealPath())) {
                    return "is a link that leads outside the folder " + within;
                }
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            }
            if (attributes.isRegularFile()) {
                return null;
            }
            if (attributes.isDirectory()) {
                return "is a folder, not a file";
            }
            return "is " + kind(target) + ", not a regular file; it is not read";
        } catch (IOException e) {
            return "cannot be read (" + reason(e) + ")";
        }
    }

    /** A named pipe, a device or a socket, as far as the platform tells. */
    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (mode) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a named pipe, device or socket";
        }
    }

    /** Why reading failed, in words: "permission denied" rather than a bare path. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + fs.getReason().substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Text from a file made safe for a terminal and a log: control characters (an escape sequence
     * could recolour or clear a terminal, a newline could forge a log line) and the invisible
     * direction overrides are written as {@code \\uXXXX}.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** What to do to the temporary file before it takes the real one's place (e.g. keep the old one's owner). */
    @FunctionalInterface
    public interface BeforeMove {
        void prepare(Path temporary) throws IOException;
    }

    /**
     * Writes {@code text} through a temporary file beside {@code file} and a move, so a crash never
     * leaves half a file; the folder is made when missing.
     */
    public static void writeAtomically(Path file, String text, BeforeMove beforeMove) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        java.nio.file.Files.createDirectories(dir);
        Path temp = java.nio.file.Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            java.nio.file.Files.writeString(temp, text);
            beforeMove.prepare(temp);
            try {
                java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }
}
