package org.backcare.kiosk.content;

import org.backcare.kiosk.files.LocalFile;

/**
 * One thing wrong with a content folder.
 *
 * @param file     the file, relative to the content folder ("en/exercises.json")
 * @param location where in the file: a JSON path ("$.exercises[3].holdSeconds"), or "" for the whole file
 * @param message  what is wrong, in words a content author understands
 */
public record Problem(String file, String location, String message) {
    /** The problem as one line, with control characters from the content escaped (terminal and log safe). */
    @Override
    public String toString() {
        return LocalFile.printable(location.isEmpty() ? file + ": " + message : file + " " + location + ": " + message);
    }
}
