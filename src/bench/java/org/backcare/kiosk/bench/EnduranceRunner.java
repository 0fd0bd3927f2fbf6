package org.backcare.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./mvnw -Pendurance verify}: weeks of use, compressed. Starts the packaged kiosk (its jar and
 * libraries on the module path, with the shipped JVM options, heap limits included) in kiosk mode in a
 * real window, and plays a person from outside the process with xdotool: taps anywhere, keys, scrolls,
 * and now and then walks away for longer than the idle reset takes. Every 30 s it samples the kiosk's
 * RSS and PSS from /proc. After the first 10 minutes (the JIT and the caches settling) it fits a line
 * to RSS and reports its slope; targets: at most 1 MB an hour, and RSS at most 300 MB throughout.
 *
 * <p>{@code -Dendurance.minutes=N} (default 60) sets the length. Writes
 * {@code target/endurance/samples.csv}, {@code results.json} and {@code results.md}; fails (exit 1)
 * when the kiosk exits or a target is missed.
 */
public final class EnduranceRunner {

    private static final int MINUTES = Integer.getInteger("endurance.minutes", 60);
    private static final int SAMPLE_SECONDS = 30;
    private static final int SETTLE_MINUTES = Math.min(10, MINUTES / 3);
    private static final double SLOPE_TARGET = 1.0;
    private static final double RSS_TARGET = 300;
    /** The kiosk's idle settings for the run: short, so a walk-away resets it often. */
    private static final int IDLE_SECONDS = 40;
    private static final int COUNTDOWN_SECONDS = 10;
    private static final String[] KEYS = {"Tab", "Tab", "Return", "space", "Escape", "Next", "Prior", "Left", "Right"};

    private final Path target;
    private final List<String> jvmOptions;
    private final Map<String, String> env = new HashMap<>(System.getenv());
    private final Random random = new Random(20_261_204L);
    private Process xvfb;

    private EnduranceRunner(Path target, String jvmOptions) {
        this.target = target;
        this.jvmOptions = BenchTools.asTheLauncher(env,
                Arrays.stream(jvmOptions.trim().split("\\s+")).filter(s -> !s.isBlank()).toList());
    }

    public static void main(String[] args) throws Exception {
        EnduranceRunner runner = new EnduranceRunner(Path.of(args[0]), args.length > 1 ? args[1] : "");
        int code;
        try {
            code = runner.run();
        } finally {
            if (runner.xvfb != null) {
                runner.xvfb.destroy();
            }
        }
        System.exit(code);
    }

    private int run() throws Exception {
        Path out = Files.createDirectories(target.resolve("endurance"));
        ensureTools();
        Path settings = out.resolve("settings.json");
        Files.writeString(settings, "{\"mode\": \"kiosk\", \"idleSeconds\": " + IDLE_SECONDS + ", \"countdownSeconds\": "
                + COUNTDOWN_SECONDS + ", \"speechEngine\": \"off\"}\n");
        Path log = out.resolve("kiosk.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("--module-path", kioskJar() + ":" + Files.readString(target.resolve("bench/runtime-classpath.txt")).trim(),
                "-m", "org.backcare.kiosk/org.backcare.kiosk.Main", "--settings=" + settings));
        System.out.println("Endurance: " + MINUTES + " minutes; " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process kiosk = builder.start();
        Thread.sleep(8000);

        List<double[]> samples = new ArrayList<>(); // minutes, rss MB, pss MB
        int[] counts = new int[5]; // taps, keys, scrolls, walk-aways, looks
        long started = System.nanoTime();
        long end = started + TimeUnit.MINUTES.toNanos(MINUTES);
        long nextSample = started;
        StringBuilder csv = new StringBuilder("minutes,rss_mb,pss_mb\n");
        while (System.nanoTime() < end && kiosk.isAlive()) {
            if (System.nanoTime() >= nextSample) {
                double minutes = (System.nanoTime() - started) / 60e9;
                double[] memory = memory(kiosk.pid());
                samples.add(new double[] {minutes, memory[0], memory[1]});
                csv.append(String.format(Locale.ROOT, "%.2f,%.1f,%.1f%n", minutes, memory[0], memory[1]));
                Files.writeString(out.resolve("samples.csv"), csv);
                System.out.printf(Locale.ROOT, "%6.1f min  RSS %6.1f MB  PSS %6.1f MB%n", minutes, memory[0], memory[1]);
                // Every 30 s; after a walk-away the next sample is 30 s on, not a burst of late ones.
                nextSample = Math.max(nextSample + TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS),
                        System.nanoTime() + TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS) / 2);
            }
            act(counts);
        }
        boolean alive = kiosk.isAlive();
        kiosk.destroy();
        kiosk.waitFor(10, TimeUnit.SECONDS);
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        return report(out, samples, counts, alive, logText);
    }

    /** One thing a person does, then a pause as a person makes. */
    private void act(int[] counts) throws Exception {
        double dice = random.nextDouble();
        if (dice < 0.70) {
            counts[0]++;
            xdotool("mousemove", Integer.toString(random.nextInt(1920)), Integer.toString(random.nextInt(1080)), "click", "1");
        } else if (dice < 0.82) {
            counts[1]++;
            xdotool("key", KEYS[random.nextInt(KEYS.length)]);
        } else if (dice < 0.90) {
            counts[2]++;
            xdotool("mousemove", Integer.toString(200 + random.nextInt(1500)), Integer.toString(200 + random.nextInt(700)),
                    "click", "--repeat", Integer.toString(1 + random.nextInt(6)), random.nextBoolean() ? "4" : "5");
        } else if (dice < 0.995) {
            counts[4]++;
            // The app bar's right end, where the language and text-size buttons are.
            xdotool("mousemove", Integer.toString(1400 + random.nextInt(500)), Integer.toString(15 + random.nextInt(60)), "click", "1");
        } else {
            counts[3]++;
            Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS + COUNTDOWN_SECONDS + 5));
            return;
        }
        Thread.sleep(300 + random.nextInt(1700));
    }

    private int report(Path out, List<double[]> samples, int[] counts, boolean alive, String log) throws IOException {
        List<double[]> settled = samples.stream().filter(s -> s[0] >= SETTLE_MINUTES).toList();
        double slope = settled.size() >= 3 ? slopePerHour(settled) : Double.NaN;
        double start = settled.isEmpty() ? Double.NaN : settled.get(0)[1];
        double last = samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1)[1];
        double max = samples.stream().mapToDouble(s -> s[1]).max().orElse(Double.NaN);
        int resets = occurrences(log, "Idle: starting over");
        int languages = occurrences(log, "Language changed");
        int severe = occurrences(log, "SEVERE");
        ObjectNode results = new ObjectMapper().createObjectNode();
        results.put("run", Instant.now().toString());
        results.put("endurance_minutes", round(samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[0]));
        results.put("endurance_jvm_options", String.join(" ", jvmOptions));
        results.put("endurance_rss_start_mb", round(start));
        results.put("endurance_rss_end_mb", round(last));
        results.put("endurance_rss_max_mb", round(max));
        results.put("endurance_rss_slope_mb_per_h", round(slope));
        results.put("endurance_pss_end_mb", round(samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1)[2]));
        results.put("taps", counts[0]);
        results.put("keys", counts[1]);
        results.put("scrolls", counts[2]);
        results.put("walk_aways", counts[3]);
        results.put("app_bar_taps", counts[4]);
        results.put("idle_resets", resets);
        results.put("language_changes", languages);
        results.put("errors_logged", severe);
        results.put("kiosk_alive_at_end", alive);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n";
        Files.writeString(out.resolve("results.json"), json);
        boolean slopeMet = slope <= SLOPE_TARGET;
        boolean rssMet = max <= RSS_TARGET;
        String md = "| figure | kiosk | target | met |\n|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| RSS slope after %d min, MB per hour | %.2f | ≤ %.0f | %s |%n", SETTLE_MINUTES, slope,
                SLOPE_TARGET, slopeMet ? "yes" : "**no**")
                + String.format(Locale.ROOT, "| RSS at %d min → end (%.0f min), MB | %.1f → %.1f |  |  |%n", SETTLE_MINUTES,
                samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[0], start, last)
                + String.format(Locale.ROOT, "| RSS, highest sample, MB | %.1f | ≤ %.0f | %s |%n", max, RSS_TARGET,
                rssMet ? "yes" : "**no**")
                + String.format(Locale.ROOT, "| what the person did | %d taps, %d keys, %d scrolls, %d app-bar taps, %d walk-aways;"
                + " %d idle resets, %d language changes, %d errors logged |  |  |%n", counts[0], counts[1], counts[2], counts[4],
                counts[3], resets, languages, severe);
        Files.writeString(out.resolve("results.md"), md);
        System.out.println(json);
        System.out.println(md);
        if (!alive) {
            System.out.println("FAILED: the kiosk exited during the run; see " + out.resolve("kiosk.log"));
            return 1;
        }
        if (!slopeMet || !rssMet) {
            System.out.println("A target was missed (see the table)");
            return 1;
        }
        return 0;
    }

    /** Least-squares slope of RSS over time, in MB per hour. */
    static double slopePerHour(List<double[]> samples) {
        double n = samples.size();
        double mx = samples.stream().mapToDouble(s -> s[0]).sum() / n;
        double my = samples.stream().mapToDouble(s -> s[1]).sum() / n;
        double num = 0;
        double den = 0;
        for (double[] s : samples) {
            num += (s[0] - mx) * (s[1] - my);
            den += (s[0] - mx) * (s[0] - mx);
        }
        return den == 0 ? 0 : num / den * 60;
    }

    private static int occurrences(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }

    private static double round(double value) {
        return Double.isNaN(value) ? Double.NaN : Math.round(value * 100) / 100.0;
    }

    /** [RSS MB, PSS MB] from /proc. */
    private static double[] memory(long pid) throws IOException {
        double rss = Double.NaN;
        double pss = Double.NaN;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("Rss:")) {
                rss = Long.parseLong(f[1]) / 1024.0;
            } else if (f[0].equals("Pss:")) {
                pss = Long.parseLong(f[1]) / 1024.0;
            }
        }
        return new double[] {rss, pss};
    }

    private void xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        builder.start().waitFor(10, TimeUnit.SECONDS);
    }

    /** A display (Xvfb when none is set) and xdotool, installed with apt-get when missing. */
    private void ensureTools() throws Exception {
        boolean needXvfb = env.get("DISPLAY") == null || env.get("DISPLAY").isBlank();
        if ((needXvfb && !BenchTools.onPath("Xvfb")) || !BenchTools.onPath("xdotool")) {
            System.out.println("Installing xvfb, libgtk-3-0 and xdotool (apt-get)");
            Process apt = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq xvfb libgtk-3-0 xdotool")
                    .inheritIO().start();
            if (apt.waitFor() != 0 || !BenchTools.onPath("xdotool")) {
                throw new IllegalStateException("xdotool (and Xvfb when no DISPLAY is set) are needed; install xvfb,"
                        + " libgtk-3-0 and xdotool");
            }
        }
        if (needXvfb) {
            String display = ":" + (80 + (int) (ProcessHandle.current().pid() % 9));
            xvfb = BenchTools.xvfb(display);
            env.put("DISPLAY", display);
        }
    }

    private Path kioskJar() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("backcare-kiosk-.*(?<!-sources|-javadoc)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no kiosk jar in " + target));
        }
    }
}
