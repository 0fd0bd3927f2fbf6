package org.backcare.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the benchmark and the endurance run both need from the machine: programs on the PATH, an Xvfb. */
final class BenchTools {

    private BenchTools() {
    }

    static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * Does what the installed launcher (installer/linux/BackCareKiosk.sh) does on a machine with no
     * graphics device: GDK_GL=disable in {@code env} and -Dprism.order=sw first in the JVM options, so
     * neither GTK nor JavaFX loads Mesa. Returns the options to start the kiosk with.
     */
    static List<String> asTheLauncher(Map<String, String> env, List<String> jvmOptions) {
        if (Files.exists(Path.of("/dev/dri")) || Files.exists(Path.of("/dev/nvidia0"))) {
            return jvmOptions;
        }
        env.putIfAbsent("GDK_GL", "disable");
        List<String> options = new ArrayList<>();
        options.add("-Dprism.order=sw");
        options.addAll(jvmOptions);
        return List.copyOf(options);
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
