package org.backcare.kiosk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live heap of this JVM, from {@code jcmd GC.class_histogram} (which runs a full collection
 * first), with and without {@code int[]}: the software renderer's pixel buffers, which it releases
 * lazily (see docs/PERFORMANCE.md). Used by the soak test (MonkeyTest) and by the benchmark in
 * src/bench/java, which the bench profile compiles with the test classes; so it stays here.
 */
public final class Heap {

    private Heap() {
    }

    /** [live MB without int[] pixel buffers, live MB]. */
    public static double[] live() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            long total = -1;
            long pixels = 0;
            for (String line : new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 3 && f[0].equals("Total")) {
                    total = Long.parseLong(f[2]);
                } else if (f.length >= 4 && f[3].equals("[I")) {
                    pixels = Long.parseLong(f[2]);
                }
            }
            jcmd.waitFor();
            if (total < 0) {
                throw new IllegalStateException("jcmd GC.class_histogram printed no total");
            }
            return new double[] {(total - pixels) / 1048576.0, total / 1048576.0};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
