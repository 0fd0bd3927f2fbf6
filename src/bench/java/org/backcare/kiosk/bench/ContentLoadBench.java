package org.backcare.kiosk.bench;

import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.handout.HandoutPdf;
import org.backcare.kiosk.handout.Handouts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and validates all bundled content once, in a fresh JVM, and prints how long it took. With the
 * argument {@code handout}, then makes the handout PDF of a plan with every exercise (the largest a
 * person can take home) 10 times to warm up and 20 times timed, and prints the median: what a person
 * waits for after "Print handout" once the kiosk has run a while.
 */
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
        if (args.length > 0 && args[0].equals("handout")) {
            Content content = library.content().getOrDefault("en", library.content().values().iterator().next());
            List<String> all = content.exercises().exercises().stream().map(Exercise::id).toList();
            Handouts handouts = new Handouts(content, "Riverside Physio", "+1 555-0100", "911", null);
            List<Double> times = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 30; i++) {
                long t = System.nanoTime();
                bytes = HandoutPdf.bytes(handouts.forPlan(all, LocalDate.now())).length;
                if (i >= 10) {
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            times.sort(null);
            System.out.printf(java.util.Locale.ROOT, "handout_pdf_ms %.1f (%d exercises, %d bytes; min %.1f, max %.1f)%n",
                    times.get(times.size() / 2), all.size(), bytes, times.get(0), times.get(times.size() - 1));
        }
    }
}
