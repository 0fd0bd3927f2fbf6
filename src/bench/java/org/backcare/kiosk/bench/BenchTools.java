package org.backcare.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the benchmark and the endurance run both need from the machine: programs on the PATH, an Xvfb. */
final class BenchTools {

    private BenchTools() {
    }

    static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Starts Xvfb at 1920×1080×24 on the display given (":93") and gives it a moment to come up. */
    static Process xvfb(String display) throws IOException, InterruptedException {
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1500);
        System.out.println("Started Xvfb on " + display);
        return xvfb;
    }
}
