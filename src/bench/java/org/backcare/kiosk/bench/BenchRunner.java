package org.backcare.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code ./mvnw -Pbench verify}: start-up, memory, screen changes, animation, heap growth and
 * content loading, side by side with a minimal JavaFX window launched the same way. Writes
 * {@code target/bench/results.json} and {@code target/bench/results.md}.
 *
 * <p>Arguments: the build directory ({@code target}) and the project directory.
 */
public final class BenchRunner {

    private static final Pattern FIRST_FRAME = Pattern.compile("first frame after (-?\\d+) ms \\(epoch ms (\\d+)\\)");
    private static final int START_RUNS = Integer.getInteger("bench.startRuns", 10);
    private static final int MEMORY_RUNS = Integer.getInteger("bench.memoryRuns", 3);

    private final Path target;
    private final Path project;
    private final Path out;
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final Map<String, String> env = new LinkedHashMap<>(System.getenv());
    private final ObjectNode results = new ObjectMapper().createObjectNode();
    private Process xvfb;
    private Path kioskJar;

    /** The JVM options the kiosk ships with (pom.xml's kiosk.jvm.options); every JVM here gets them. */
    private final List<String> jvmOptions;

    /** How the installer links the kiosk's runtime image (pom.xml's kiosk.jlink.options); both apps get them. */
    private final List<String> jlinkOptions;

    private BenchRunner(Path target, Path project, String jvmOptions, String jlinkOptions) {
        this.target = target;
        this.project = project;
        this.out = target.resolve("bench");
        this.jvmOptions = BenchTools.asTheLauncher(env, words(jvmOptions));
        this.jlinkOptions = words(jlinkOptions);
    }

    private static List<String> words(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** {@code java}, the kiosk's JVM options, then {@code rest}. */
    private List<String> java(String... rest) {
        return command(java, rest);
    }

    /** {@code executable} (a {@code java}) with the kiosk's JVM options, then {@code rest}. */
    private List<String> command(String executable, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(jvmOptions);
        command.addAll(List.of(rest));
        return command;
    }

    public static void main(String[] args) throws Exception {
        BenchRunner runner = new BenchRunner(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(),
                args.length > 2 ? args[2] : "", args.length > 3 ? args[3] : "");
        try {
            runner.run();
        } finally {
            if (runner.xvfb != null) {
                runner.xvfb.destroy();
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        ensureDisplay();
        Files.writeString(out.resolve("settings.json"), "{}\n");
        String runtime = Files.readString(out.resolve("runtime-classpath.txt")).trim();
        // Jars, not class folders: the JVM will not archive classes from a folder on the path.
        kioskJar = kioskJar();
        String fxPath = Arrays.stream(runtime.split(":")).filter(p -> p.contains("/org/openjfx/"))
                .collect(Collectors.joining(":"));
        Path baseline = compileBaseline(fxPath);

        // Both run as the installer ships the kiosk: linked into a runtime image of their own with the
        // installer's jlink options, started by that image's java, with an AppCDS archive made by one
        // training run.
        Path kioskImage = link("kiosk", kioskJar + ":" + explicitModules(modules(runtime)), "org.backcare.kiosk");
        Path baselineImage = link("baseline", modules(fxPath) + ":" + baseline, "org.backcare.bench.baseline");
        List<String> kiosk = withCds("kiosk", launch(kioskImage, "-m",
                "org.backcare.kiosk/org.backcare.kiosk.Main", "--settings=" + out.resolve("settings.json")));
        List<String> base = withCds("baseline", launch(baselineImage, "-m",
                "org.backcare.bench.baseline/org.backcare.bench.baseline.BaselineApp"));
        results.put("launch", "each app linked into a runtime image of its own (jlink " + String.join(" ", jlinkOptions)
                + "), started by that image's bin/java " + String.join(" ", jvmOptions) + " -m …, with its own AppCDS"
                + " archive: as the installer ships the kiosk");

        results.put("machine", machine());
        results.put("when", Instant.now().toString());
        startUp(kiosk, base);
        memory(kiosk, base);
        chromium(kiosk);
        idle(kiosk);
        inProcess();
        contentLoad();
        sizes();

        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("results.json").toFile(), results);
        String table = table();
        Files.writeString(out.resolve("results.md"), table);
        System.out.println(table);
        System.out.println("Wrote " + out.resolve("results.json") + " and " + out.resolve("results.md"));
    }

    /** The module jars of a path: JavaFX's plain jars are empty stand-ins, which jlink refuses. */
    private static String modules(String path) {
        return Arrays.stream(path.split(":"))
                .filter(jar -> !Path.of(jar).getFileName().toString().matches("javafx-[a-z]+-[0-9.]+\\.jar"))
                .collect(Collectors.joining(":"));
    }

    /**
     * Copies of the jars of {@code path} in target/bench/modules, every automatic module (PDFBox) made
     * explicit by the installer's own script, so jlink takes them as it does for the installer.
     */
    private String explicitModules(String path) throws Exception {
        Path dir = out.resolve("modules");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path f : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        List<String> jars = new ArrayList<>();
        for (String jar : path.split(":")) {
            Path copy = dir.resolve(Path.of(jar).getFileName());
            Files.copy(Path.of(jar), copy);
            jars.add(copy.toString());
        }
        Path log = out.resolve("explicit-modules.log");
        Process p = new ProcessBuilder("bash", project.resolve("installer/explicit-modules.sh").toString(), dir.toString(),
                out.resolve("module-info").toString()).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the automatic modules could not be made explicit; see " + log);
        }
        return String.join(":", jars);
    }

    /** Links {@code module} and what it needs into {@code target/bench/<name>-image}, as the installer does. */
    private Path link(String name, String modulePath, String module) throws Exception {
        Path image = out.resolve(name + "-image");
        if (Files.exists(image)) {
            try (Stream<Path> old = Files.walk(image)) {
                for (Path f : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        List<String> command = new ArrayList<>(List.of(java.replaceAll("java$", "jlink"), "--module-path", modulePath,
                "--add-modules", module, "--output", image.toString()));
        command.addAll(jlinkOptions);
        Path log = out.resolve(name + "-jlink.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("jlink could not link " + module + "; see " + log);
        }
        return image;
    }

    /** A command that starts {@code image}'s own java with the kiosk's JVM options. */
    private List<String> launch(Path image, String... rest) {
        return command(image.resolve("bin/java").toString(), rest);
    }

    /** Trains an AppCDS archive with one start of the command and returns the command using it. */
    private List<String> withCds(String name, List<String> command) throws Exception {
        Path archive = out.resolve(name + ".jsa");
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(command);
        training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        if (!training.contains("--quit-after-first-frame") && !name.equals("content")) {
            training.add("--quit-after-first-frame");
        }
        Process p = start(training);
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        p.waitFor(120, TimeUnit.SECONDS);
        if (!Files.exists(archive)) {
            System.out.println("No AppCDS archive for " + name + "; timing without one");
            results.put(name + "_appcds", false);
            return command;
        }
        results.put(name + "_appcds", true);
        List<String> using = new ArrayList<>(command);
        using.add(1, "-XX:SharedArchiveFile=" + archive);
        return using;
    }

    // ---- start-up: alternate kiosk and baseline, discard a warm-up run of each ----

    private void startUp(List<String> kiosk, List<String> base) throws Exception {
        List<Double> kOutside = new ArrayList<>();
        List<Double> kInside = new ArrayList<>();
        List<Double> bOutside = new ArrayList<>();
        List<Double> bInside = new ArrayList<>();
        for (int i = -1; i < START_RUNS; i++) {
            double[] k = firstFrame(kiosk);
            double[] b = firstFrame(base);
            if (i >= 0) {
                kOutside.add(k[0]);
                kInside.add(k[1]);
                bOutside.add(b[0]);
                bInside.add(b[1]);
            }
            System.out.printf(Locale.ROOT, "start run %d: kiosk %.0f ms, baseline %.0f ms%n", i, k[0], b[0]);
        }
        stats("start_ms", kOutside);
        stats("start_inside_jvm_ms", kInside);
        stats("baseline_start_ms", bOutside);
        stats("baseline_start_inside_jvm_ms", bInside);
        results.put("start_ratio", round(median(kOutside) / median(bOutside), 2));
        results.put("start_runs", START_RUNS);
    }

    /** [ms from launch to the first frame, measured outside the JVM; the same, measured inside]. */
    private double[] firstFrame(List<String> command) throws Exception {
        List<String> withQuit = new ArrayList<>(command);
        withQuit.add("--quit-after-first-frame");
        long launched = System.currentTimeMillis();
        Process p = start(withQuit);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher m = FIRST_FRAME.matcher(line);
                if (m.find()) {
                    double outside = Long.parseLong(m.group(2)) - launched;
                    p.waitFor(60, TimeUnit.SECONDS);
                    return new double[] {outside, Long.parseLong(m.group(1))};
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IllegalStateException("no first-frame line from " + String.join(" ", command));
    }

    // ---- memory: RSS and PSS 5 s after launch ----

    private void memory(List<String> kiosk, List<String> base) throws Exception {
        List<Double> kRss = new ArrayList<>();
        List<Double> kPss = new ArrayList<>();
        List<Double> bPss = new ArrayList<>();
        List<Double> bRss = new ArrayList<>();
        for (int i = 0; i < MEMORY_RUNS; i++) {
            double[] k = memoryAfter5s(kiosk);
            double[] b = memoryAfter5s(base);
            kRss.add(k[0]);
            kPss.add(k[1]);
            bRss.add(b[0]);
            bPss.add(b[1]);
        }
        results.put("rss_mb", round(median(kRss), 1));
        results.put("pss_mb", round(median(kPss), 1));
        results.put("baseline_rss_mb", round(median(bRss), 1));
        results.put("baseline_pss_mb", round(median(bPss), 1));
        results.put("pss_ratio", round(median(kPss) / median(bPss), 2));
    }

    private double[] memoryAfter5s(List<String> command) throws Exception {
        long launched = System.nanoTime();
        Process p = start(command);
        try {
            Thread.sleep(Math.max(0, 5000 - (System.nanoTime() - launched) / 1_000_000));
            Map<String, Long> kb = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && (f[0].equals("Rss:") || f[0].equals("Pss:"))) {
                    kb.put(f[0], Long.parseLong(f[1]));
                }
            }
            return new double[] {kb.get("Rss:") / 1024.0, kb.get("Pss:") / 1024.0};
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    // ---- against a Chromium kiosk window, and idle cost ----

    private static final int CHROMIUM_RUNS = Integer.getInteger("bench.chromiumRuns", 5);
    private static final int IDLE_SECONDS = Integer.getInteger("bench.idleSeconds", 300);

    /**
     * A clinic's other choice: Home as a static web page (src/bench/chromium/home.html: the same tiles,
     * words, icons and Atkinson Hyperlegible as a web font) in {@code chromium --kiosk} from a fresh
     * profile. Both are timed from launch to their first frame with content by firstframe.py, from
     * outside both processes (X damage events on their windows), alternating, a warm-up of each
     * discarded; PSS is summed over each app's processes 5 s after launch.
     */
    private void chromium(List<String> kiosk) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!BenchTools.onPath("chromium") || !python.toFile().canExecute() || !pythonXlib()) {
            System.out.println("Installing chromium and python3-xlib (apt-get) for the comparison");
            new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq chromium python3-xlib")
                    .inheritIO().start().waitFor();
        }
        if (!BenchTools.onPath("chromium") || !pythonXlib()) {
            System.out.println("No chromium or python3-xlib: the Chromium comparison is skipped");
            return;
        }
        Path page = Files.createDirectories(out.resolve("chromium-page"));
        Files.copy(project.resolve("src/bench/chromium/home.html"), page.resolve("home.html"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String font : List.of("AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf")) {
            Files.copy(project.resolve("media/fonts").resolve(font), page.resolve(font),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        String mdi = Arrays.stream(Files.readString(out.resolve("runtime-classpath.txt")).trim().split(":"))
                .filter(j -> j.contains("ikonli-materialdesign2-pack")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(mdi)) {
            ZipEntry font = zip.stream().filter(e -> e.getName().endsWith("materialdesignicons-webfont.ttf"))
                    .findFirst().orElseThrow();
            Files.copy(zip.getInputStream(font), page.resolve("materialdesignicons-webfont.ttf"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<Double> kStart = new ArrayList<>();
        List<Double> cStart = new ArrayList<>();
        List<Double> kPss = new ArrayList<>();
        List<Double> cPss = new ArrayList<>();
        for (int i = -1; i < CHROMIUM_RUNS; i++) {
            Path profile = out.resolve("chromium-profile");
            deleteTree(profile);
            List<String> browser = List.of("chromium", "--kiosk", "--no-sandbox", "--no-first-run", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--noerrdialogs", "--password-store=basic",
                    "--user-data-dir=" + profile, "--window-size=1920,1080", "--window-position=0,0",
                    page.resolve("home.html").toUri().toString());
            JsonNode k = firstFrame("kiosk", kiosk);
            JsonNode c = firstFrame("chromium", browser);
            System.out.printf(Locale.ROOT, "first content run %d: kiosk %s ms (PSS %s MB), chromium %s ms (PSS %s MB)%n", i,
                    k.get("first_content_ms"), k.get("pss_mb"), c.get("first_content_ms"), c.get("pss_mb"));
            if (i >= 0 && k.get("first_content_ms").isNumber() && c.get("first_content_ms").isNumber()) {
                kStart.add(k.get("first_content_ms").asDouble());
                cStart.add(c.get("first_content_ms").asDouble());
                kPss.add(k.get("pss_mb").asDouble());
                cPss.add(c.get("pss_mb").asDouble());
            }
        }
        if (kStart.isEmpty()) {
            System.out.println("The Chromium comparison measured nothing");
            return;
        }
        results.put("kiosk_first_content_ms_median", round(median(kStart), 1));
        results.put("chromium_start_ms_median", round(median(cStart), 1));
        results.put("start_ratio_vs_chromium", round(median(kStart) / median(cStart), 2));
        results.put("kiosk_tree_pss_mb", round(median(kPss), 1));
        results.put("chromium_pss_mb", round(median(cPss), 1));
        results.put("pss_ratio_vs_chromium", round(median(kPss) / median(cPss), 2));
        results.put("chromium_version", new String(new ProcessBuilder("chromium", "--version").start().getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8).trim());
    }

    private boolean pythonXlib() throws Exception {
        return new ProcessBuilder("/usr/bin/python3", "-c", "import Xlib.ext.damage").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }

    private JsonNode firstFrame(String label, List<String> command) throws Exception {
        List<String> args = new ArrayList<>(List.of("/usr/bin/python3", project.resolve("src/bench/chromium/firstframe.py").toString(),
                label, "--"));
        args.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(args).redirectError(out.resolve("firstframe-" + label + ".log").toFile());
        builder.environment().putAll(env); // the display this runner chose
        Process p = builder.start();
        p.getOutputStream().close();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        String json = text.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("firstframe.py printed: " + text));
        return new ObjectMapper().readTree(json);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /**
     * Idle cost: the kiosk untouched for bench.idleSeconds (default 300) after a minute to settle, on
     * the attract screen (kiosk mode, as a waiting room leaves it) and on Home (one tap away): CPU time
     * of one core from /proc, and the frames it draws per second, counted from X damage events.
     */
    private void idle(List<String> kiosk) throws Exception {
        Path settings = out.resolve("idle-settings.json");
        Files.writeString(settings, "{\"mode\": \"kiosk\", \"idleSeconds\": 3600, \"speechEngine\": \"off\"}\n");
        List<String> command = kiosk.stream().map(a -> a.startsWith("--settings=") ? "--settings=" + settings : a).toList();
        for (String where : List.of("attract", "home")) {
            Process p = start(command);
            try {
                Thread.sleep(8000);
                if (where.equals("home")) {
                    if (!BenchTools.onPath("xdotool")) {
                        new ProcessBuilder("sh", "-c", "apt-get install -y -qq xdotool").inheritIO().start().waitFor();
                    }
                    ProcessBuilder tap = new ProcessBuilder("xdotool", "mousemove", "960", "700", "click", "1");
                    tap.environment().putAll(env);
                    tap.start().waitFor();
                }
                Thread.sleep(60_000);
                long cpu0 = cpuTicks(p.pid());
                long t0 = System.nanoTime();
                ProcessBuilder counter = new ProcessBuilder("/usr/bin/python3",
                        project.resolve("src/bench/chromium/firstframe.py").toString(), "--count", Integer.toString(IDLE_SECONDS));
                counter.environment().putAll(env);
                Process frames = counter.redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String framesJson = new String(frames.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                frames.waitFor();
                long cpu1 = cpuTicks(p.pid());
                double seconds = (System.nanoTime() - t0) / 1e9;
                double pct = (cpu1 - cpu0) / 100.0 / seconds * 100;
                double fps = new ObjectMapper().readTree(framesJson.lines().filter(l -> l.startsWith("{")).findFirst()
                        .orElse("{\"fps\": -1}")).get("fps").asDouble();
                System.out.printf(Locale.ROOT, "idle on %s: %.2f %% of a core, %.2f frames a second, over %.0f s%n", where, pct,
                        fps, seconds);
                results.put("idle_cpu_" + where + "_pct", round(pct, 2));
                results.put("idle_fps_" + where, round(fps, 2));
            } finally {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        results.put("idle_seconds", IDLE_SECONDS);
    }

    /** utime + stime of a process, in clock ticks (1/100 s). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    // ---- in a real window: screen changes, animation, heap growth ----

    private void inProcess() throws Exception {
        List<String> command = java("-cp", System.getProperty("java.class.path"),
                "org.backcare.kiosk.bench.InProcessBench$Launch");
        Process p = start(command);
        String json = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("{")) {
                    json = line;
                }
            }
        }
        if (!p.waitFor(8, TimeUnit.MINUTES) || json == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the in-process benchmark printed no results");
        }
        JsonNode node = new ObjectMapper().readTree(json);
        node.fields().forEachRemaining(e -> results.put(e.getKey(), round(e.getValue().asDouble(), 2)));
    }

    // ---- content: load and validate everything in a fresh JVM ----

    private void contentLoad() throws Exception {
        List<Double> ms = new ArrayList<>();
        // The kiosk and its libraries on the module path, as the kiosk runs, and this one class in a jar on
        // the class path (jars only, so AppCDS applies), let into the kiosk's package that builds the loader.
        Path benchJar = out.resolve("content-bench.jar");
        Files.deleteIfExists(benchJar);
        jar(benchJar, target.resolve("test-classes"), "org/backcare/kiosk/bench/ContentLoadBench.class");
        String runtime = Files.readString(out.resolve("runtime-classpath.txt")).trim();
        List<String> command = withCds("content", java("--module-path", kioskJar + ":" + runtime,
                "--add-modules", "org.backcare.kiosk", "--add-exports", "org.backcare.kiosk/org.backcare.kiosk=ALL-UNNAMED",
                "--add-exports", "org.backcare.kiosk/org.backcare.kiosk.handout=ALL-UNNAMED",
                "-cp", benchJar.toString(), "org.backcare.kiosk.bench.ContentLoadBench"));
        for (int i = -1; i < 10; i++) { // run -1 is a warm-up, discarded as for start-up
            Process p = start(command);
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("content_load_ms ([0-9.]+)").matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("ContentLoadBench printed: " + text);
            }
            double run = Double.parseDouble(m.group(1));
            System.out.printf(Locale.ROOT, "content run %d: %.1f ms%n", i, run);
            if (i >= 0) {
                ms.add(run);
            }
        }
        results.put("content_load_ms_cold", round(median(ms), 1));
        List<String> handout = new ArrayList<>(command);
        handout.add("handout");
        Process hp = start(handout);
        String htext = new String(hp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        hp.waitFor(120, TimeUnit.SECONDS);
        Matcher hm = Pattern.compile("handout_pdf_ms ([0-9.]+)(.*)").matcher(htext);
        if (!hm.find()) {
            throw new IllegalStateException("ContentLoadBench handout printed: " + htext);
        }
        System.out.println("handout: " + hm.group(1) + " ms" + hm.group(2));
        results.put("handout_pdf_ms", round(Double.parseDouble(hm.group(1)), 1));
        results.put("content_load_ms_cold_min", round(ms.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), 1));
        results.put("content_load_ms_cold_max", round(ms.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1));
    }

    private void sizes() throws IOException {
        Path installer = target.resolve("installer");
        if (!Files.isDirectory(installer)) {
            return;
        }
        try (Stream<Path> files = Files.list(installer)) {
            for (Path deb : files.filter(f -> f.toString().endsWith(".deb")).toList()) {
                results.put("deb_mb", round(Files.size(deb) / 1048576.0, 1));
            }
        }
        Path image = installer.resolve("BackCareKiosk");
        if (Files.isDirectory(image)) {
            try (Stream<Path> all = Files.walk(image)) {
                long bytes = all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                results.put("app_image_mb", round(bytes / 1048576.0, 1));
            }
        }
    }

    // ---- helpers ----

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Uses $DISPLAY, or starts Xvfb (installing it with apt-get when missing and allowed). */
    private void ensureDisplay() throws Exception {
        if (env.get("DISPLAY") != null && !env.get("DISPLAY").isBlank()) {
            return;
        }
        if (!BenchTools.onPath("Xvfb")) {
            System.out.println("No display and no Xvfb: installing xvfb (apt-get)");
            Process apt = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq xvfb libgtk-3-0")
                    .inheritIO().start();
            if (apt.waitFor() != 0 || !BenchTools.onPath("Xvfb")) {
                throw new IllegalStateException("No display is set and Xvfb could not be installed; run with DISPLAY"
                        + " set, or install xvfb and libgtk-3-0");
            }
        }
        String display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
        xvfb = BenchTools.xvfb(display);
        env.put("DISPLAY", display);
    }

    private Path compileBaseline(String fxPath) throws IOException {
        Path source = project.resolve("src/bench/baseline");
        Path classes = out.resolve("baseline");
        List<String> files;
        try (Stream<Path> all = Files.walk(source)) {
            files = all.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String javac = java.replaceAll("java$", "javac");
        List<String> args = new ArrayList<>(List.of(javac, "-d", classes.toString(), "--module-path", fxPath));
        args.addAll(files);
        try {
            if (new ProcessBuilder(args).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("the baseline window did not compile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Path jar = out.resolve("baseline.jar");
        Files.deleteIfExists(jar);
        jar(jar, classes, ".");
        return jar;
    }

    /** The kiosk's jar as {@code package} built it. */
    private Path kioskJar() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("backcare-kiosk-.*(?<!-sources|-javadoc)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no kiosk jar in " + target
                            + "; run ./mvnw -Pbench verify, which packages it first"));
        }
    }

    private void jar(Path jar, Path folder, String what) throws IOException {
        String tool = java.replaceAll("java$", "jar");
        try {
            if (new ProcessBuilder(tool, "--create", "--file", jar.toString(), "-C", folder.toString(), what)
                    .inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("could not make " + jar);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB max heap here, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ", display "
                + env.get("DISPLAY");
    }

    private void stats(String key, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        results.put(key + "_min", round(sorted.get(0), 0));
        results.put(key + "_median", round(median(values), 0));
        results.put(key + "_max", round(sorted.get(sorted.size() - 1), 0));
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double round(double value, int places) {
        double f = Math.pow(10, places);
        return Math.round(value * f) / f;
    }

    /** The Markdown table: each figure, its target, and whether it is met. */
    private String table() {
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(results.path("machine").asText()).append("  \n");
        md.append("Run: ").append(results.path("when").asText()).append(", `./mvnw -Pbench verify`  \n");
        md.append("Started as: ").append(results.path("launch").asText()).append("\n\n");
        md.append("| figure | kiosk | comparison | target | met |\n|---|---|---|---|---|\n");
        if (results.has("chromium_start_ms_median")) {
            row(md, "launch to first frame with content, from outside (X damage), median ms; comparison: the same Home as a"
                    + " web page in `chromium --kiosk` (" + results.path("chromium_version").asText() + "), fresh profile",
                    results.path("kiosk_first_content_ms_median").asText(), results.path("chromium_start_ms_median").asText(),
                    "≤ Chromium", // the medians themselves: a ratio rounded to 1.0 may hide a kiosk a little slower
                    results.path("kiosk_first_content_ms_median").asDouble() <= results.path("chromium_start_ms_median").asDouble(),
                    "ratio " + results.path("start_ratio_vs_chromium").asText());
            row(md, "PSS 5 s after launch, summed over the app's processes, MB", results.path("kiosk_tree_pss_mb").asText(),
                    results.path("chromium_pss_mb").asText(), "≤ 0.5 × Chromium",
                    results.path("pss_ratio_vs_chromium").asDouble() <= 0.5,
                    "ratio " + results.path("pss_ratio_vs_chromium").asText());
        }
        if (results.has("idle_cpu_attract_pct")) {
            String over = " over " + results.path("idle_seconds").asInt() / 60.0 + " min untouched";
            row(md, "idle on the attract screen: % of one core (frames drawn a second)" + over,
                    results.path("idle_cpu_attract_pct").asText() + " (" + results.path("idle_fps_attract").asText() + ")",
                    "", "≤ 3", results.path("idle_cpu_attract_pct").asDouble() <= 3, null);
            row(md, "idle on Home: % of one core (frames drawn a second)" + over,
                    results.path("idle_cpu_home_pct").asText() + " (" + results.path("idle_fps_home").asText() + ")",
                    "", "≤ 1", results.path("idle_cpu_home_pct").asDouble() <= 1, null);
        }
        if (results.has("handout_pdf_ms")) {
            row(md, "making the handout PDF of all 9 exercises, warm, median ms", results.path("handout_pdf_ms").asText(), "",
                    "≤ 500", results.path("handout_pdf_ms").asDouble() <= 500, null);
        }
        row(md, "start to first frame, median ms (min–max); comparison: a minimal JavaFX window (reference, no target)",
                range("start_ms"), range("baseline_start_ms"), "", null, "ratio " + results.path("start_ratio").asText());
        row(md, "… measured inside the JVM, median ms (both)", results.path("start_inside_jvm_ms_median").asText(),
                results.path("baseline_start_inside_jvm_ms_median").asText(), "", null, null);
        row(md, "screen change, over every screen reachable from Home (" + results.path("nav_screens").asInt()
                + ": Home's tiles, and the exercises, picker steps and walkthroughs below them), each tapped on the"
                + " settled screen that leads there, p50 / p95 / max, ms", triple("nav"), "",
                "p95 ≤ 50", results.path("nav_p95_ms").asDouble() <= 50, null);
        row(md, "… Home's 9 tiles only", triple("nav_home"), "", "",
                null, null);
        row(md, "… the screens below Home's tiles only", triple("nav_deeper"), "", "", null, null);
        row(md, "… each screen opened for the first time since start (the warm-up round), p50 / max, ms",
                results.path("nav_first_round_p50_ms").asText() + " / " + results.path("nav_first_round_max_ms").asText(),
                "", "", null, null);
        row(md, "… Home's tiles tapped 100 ms after Home appears, during its fade-in", triple("nav_during_fade"), "", "",
                null, null);
        row(md, "changing the look of a settled screen (the other language and back, text at 150 % and back, high"
                + " contrast and back) on Home and the 9 screens behind its tiles, p50 / p95 / max, ms", triple("look"),
                "", "", null, null);
        row(md, "… the language only (the screen is built again)", triple("look_language"), "", "", null, null);
        row(md, "… the text size only (restyled)", triple("look_text_size"), "", "", null, null);
        row(md, "… the contrast only (restyled)", triple("look_contrast"), "", "", null, null);
        row(md, "figure animation, frames per second", results.path("anim_fps").asText(), "", "≥ 55",
                results.path("anim_fps").asDouble() >= 55, null);
        row(md, "worst gap between frames, ms", results.path("frame_worst_gap_ms").asText(), "", "≤ 35",
                results.path("frame_worst_gap_ms").asDouble() <= 35, null);
        row(md, "scrolling a long screen top to bottom in 3 s: frames per second, worst gap ms",
                results.path("scroll_fps").asText() + ", " + results.path("scroll_worst_gap_ms").asText(), "", "",
                null, null);
        row(md, "RSS 5 s after start, MB", results.path("rss_mb").asText(), results.path("baseline_rss_mb").asText(),
                "", null, null);
        row(md, "PSS 5 s after start, MB; comparison: the minimal window (reference)", results.path("pss_mb").asText(),
                results.path("baseline_pss_mb").asText(), "", null, "ratio " + results.path("pss_ratio").asText());
        row(md, "live heap growth, 10,000 screen changes + 1,000 idle resets, MB",
                results.path("heap_growth_mb").asText() + " (counting the renderer's int[] pixel arrays too: "
                        + results.path("heap_growth_raw_mb").asText() + ")", "", "≤ 2",
                results.path("heap_growth_mb").asDouble() <= 2, null);
        row(md, "RSS after those screen changes and resets, MB", results.path("rss_after_navigations_mb").asText(), "",
                "", null, null);
        row(md, "load and validate all content, fresh JVM, median ms (min–max)",
                results.path("content_load_ms_cold").asText() + " (" + results.path("content_load_ms_cold_min").asText()
                        + "–" + results.path("content_load_ms_cold_max").asText() + ")", "",
                "≤ 150", results.path("content_load_ms_cold").asDouble() <= 150, null);
        if (results.has("deb_mb")) {
            row(md, ".deb, MB", results.path("deb_mb").asText(), "", "", null, null);
        }
        if (results.has("app_image_mb")) {
            row(md, "app image, MB", results.path("app_image_mb").asText(), "", "", null, null);
        }
        return md.toString();
    }

    private String range(String key) {
        return results.path(key + "_median").asText() + " (" + results.path(key + "_min").asText() + "–"
                + results.path(key + "_max").asText() + ")";
    }

    /** A tap figure's p50 / p95 / max. */
    private String triple(String name) {
        return results.path(name + "_p50_ms").asText() + " / " + results.path(name + "_p95_ms").asText() + " / "
                + results.path(name + "_max_ms").asText();
    }

    private static void row(StringBuilder md, String figure, String kiosk, String baseline, String target, Boolean met,
                            String note) {
        md.append("| ").append(figure).append(" | ").append(kiosk).append(note == null ? "" : ", " + note)
                .append(" | ").append(baseline).append(" | ").append(target).append(" | ")
                .append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }
}
