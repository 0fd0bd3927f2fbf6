package org.backcare.kiosk.content;

/**
 * One thing wrong with a content folder.
 *
 * @param file     the file, relative to the content folder ("en/exercises.json")
 * @param location where in the file: a JSON path ("$.exercises[3].holdSeconds"), or "" for the whole file
 * @param message  what is wrong, in words a content author understands
 */
public record Problem(String file, String location, String message) {
    @Override
    public String toString() {
        return location.isEmpty() ? file + ": " + message : file + " " + location + ": " + message;
    }
}
