package org.backcare.kiosk.bench;

import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.Library;

/** Loads and validates all bundled content once, in a fresh JVM, and prints how long it took. */
public final class ContentLoadBench {

    private ContentLoadBench() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Library library = Library.open(null, Main.contentLoader());
        double ms = (System.nanoTime() - start) / 1e6;
        if (library.content().isEmpty()) {
            throw new IllegalStateException("no content loaded");
        }
        System.out.printf(java.util.Locale.ROOT, "content_load_ms %.1f%n", ms);
    }
}
