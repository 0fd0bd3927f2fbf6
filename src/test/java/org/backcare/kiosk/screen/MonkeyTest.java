package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.backcare.kiosk.TestClock;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.settings.AdminPin;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The random-tap soak: a seeded, reproducible "monkey" taps, drags, scrolls and presses keys on
 * whatever visible, enabled things the current screen has, across every screen (the picker, the
 * walkthrough timers, the language and text-size switches), and lets time pass on an injected
 * clock so "Still there?" and idle resets happen too. It fails on any uncaught exception or error
 * logged, on a screen from which Home cannot be reached, or on live heap growth above a bound,
 * printing the seed and the last steps. Every run writes {@code target/soak/report.json}.
 *
 * <p>{@code ./mvnw verify} takes 500 steps; {@code ./mvnw -Psoak verify} takes 10,000.
 * Replay a run with {@code -Dsoak.seed=N -Dsoak.steps=M}.
 */
@UiTest
class MonkeyTest {

    private static final int STEPS = Integer.getInteger("soak.steps", 500);
    private static final long SEED = Long.getLong("soak.seed", 20_261_125L);
    private static final double HEAP_BOUND_MB = Double.parseDouble(System.getProperty("soak.heapBoundMb", "24"));
    private static final List<KeyCode> KEYS = List.of(KeyCode.TAB, KeyCode.TAB, KeyCode.ENTER, KeyCode.SPACE,
            KeyCode.ESCAPE, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.HOME);

    private final TestClock clock = new TestClock();
    private final List<LogRecord> errors = new ArrayList<>();
    private final AtomicInteger resets = new AtomicInteger();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (errors) {
                    errors.add(r);
                }
            }
            if (r.getMessage() != null && r.getMessage().startsWith("Idle: starting over")) {
                resets.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler savedDefault;
    private Thread.UncaughtExceptionHandler savedFx;
    private Kiosk kiosk;
    private Stage stage;
    /** Every screen view the navigator showed, weakly: old ones must be collectable (no leak). */
    private final List<java.lang.ref.WeakReference<Node>> views = new ArrayList<>();
    private final List<String> viewNames = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        savedDefault = Thread.getDefaultUncaughtExceptionHandler();
        savedFx = Thread.currentThread().getUncaughtExceptionHandler();
        kiosk = KioskUi.show(stage, 1920, 1080,
                Settings.DEFAULTS.withMode(Mode.KIOSK).withPinHash(AdminPin.hash("97531")), clock, () -> { });
        kiosk.shell().setAnimate(true); // the monkey acts on the JavaFX thread, so it can meet real fades
        kiosk.installRecovery(); // an uncaught error is logged as SEVERE, which the monkey counts
        kiosk.navigator().viewProperty().addListener((o, old, view) -> {
            views.add(new java.lang.ref.WeakReference<>(view));
            viewNames.add(kiosk.navigator().current().name());
        });
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void restore() {
        Logger.getLogger("").removeHandler(capture);
        Thread.setDefaultUncaughtExceptionHandler(savedDefault);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(savedFx));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKioskSurvivesRandomUse(FxRobot robot) throws Exception {
        Random random = new Random(SEED);
        BaseRobot base = robot.robotContext().getBaseRobot();
        Deque<String> last = new ArrayDeque<>();
        Set<String> visited = new TreeSet<>();
        int[] counts = new int[6];
        double heapBefore = 0;
        long started = System.nanoTime();
        for (int step = 0; step < STEPS; step++) {
            if (step == 25) {
                heapBefore = liveHeapMb(robot);
            }
            String action = act(random, robot, base, counts);
            // TestFX keeps every event it sees, and each event its target screen: drop them, or the
            // harness itself would look like a leak (found with a heap dump).
            fx(MonkeyTest::forgetFiredEvents);
            last.addLast(step + ": " + action + " -> " + kiosk.navigator().current().name());
            if (last.size() > 25) {
                last.removeFirst();
            }
            visited.add(kiosk.screens().fileName(kiosk.navigator().current()));
            String broken = brokenState(robot);
            synchronized (errors) {
                if (broken == null && !errors.isEmpty()) {
                    LogRecord first = errors.get(0);
                    broken = "an error was logged: " + first.getMessage()
                            + (first.getThrown() == null ? "" : " (" + first.getThrown() + ")");
                }
            }
            if (broken != null) {
                writeReport(step + 1, 0, visited, counts, started);
                fail("The monkey broke the kiosk at step " + step + " with seed " + SEED + ": " + broken
                        + "\nReplay: -Dsoak.seed=" + SEED + " -Dsoak.steps=" + (step + 1)
                        + "\nLast steps:\n  " + String.join("\n  ", last));
            }
        }
        robot.interact(() -> kiosk.session().resetForNextPerson());
        double growth = STEPS > 25 ? liveHeapMb(robot) - heapBefore : 0;
        // A screen left a moment ago may still be held by something that ends by itself (a fade, a
        // pulse, a queued event): give those a few seconds and collections, so what remains is a leak.
        List<String> retained = retainedViews();
        for (int tries = 0; retained.size() > 2 && tries < 10; tries++) {
            Thread.sleep(300);
            liveHeapMb(robot);
            retained = retainedViews();
        }
        writeReport(STEPS, growth, visited, counts, started);
        String dump = System.getProperty("soak.heapDump");
        if (dump != null) { // for a leak hunt: a heap dump at the end, e.g. for a heap analyzer
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.heap_dump", dump)
                    .inheritIO().start().waitFor();
        }
        if (retained.size() > 2) {
            fail("Screens that were left are still in memory (" + retained.size() + " of " + views.size()
                    + "): " + retained + "; seed " + SEED);
        }
        if (growth > HEAP_BOUND_MB) {
            fail(String.format("Live heap grew by %.1f MB over %d steps (bound %.0f MB); seed %d", growth, STEPS,
                    HEAP_BOUND_MB, SEED));
        }
    }

    /** The names of the screens left behind that are still in memory (the current one excepted). */
    private List<String> retainedViews() {
        List<String> retained = new ArrayList<>();
        for (int i = 0; i < views.size() - 1; i++) {
            if (views.get(i).get() != null) {
                retained.add(viewNames.get(i));
            }
        }
        return retained;
    }

    /** Runs on the FX thread and waits for it, without TestFX's extra settling (the monkey is long). */
    private static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void forgetFiredEvents() {
        try {
            java.lang.reflect.Field field = FxToolkit.toolkitContext().getClass().getDeclaredField("firedEvents");
            field.setAccessible(true);
            ((org.testfx.service.support.FiredEvents) field.get(FxToolkit.toolkitContext())).clearEvents();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX changed: cannot clear its record of fired events", e);
        }
    }

    /** One random action; returns what it did, for the failure report. */
    private String act(Random random, FxRobot robot, BaseRobot base, int[] counts) {
        double dice = random.nextDouble();
        if (dice < 0.62) {
            counts[0]++;
            return tap(random, robot, base);
        }
        if (dice < 0.70) {
            counts[1]++;
            Point2D at = randomPoint(random);
            int amount = random.nextInt(11) - 5;
            base.moveMouse(at);
            base.scrollMouse(amount == 0 ? 1 : amount);
            WaitForAsyncUtils.waitForFxEvents();
            return "scroll " + amount + " at " + (int) at.getX() + "," + (int) at.getY();
        }
        if (dice < 0.78) {
            counts[2]++;
            KeyCode key = KEYS.get(random.nextInt(KEYS.size()));
            base.pressKeyboard(key);
            base.releaseKeyboard(key);
            WaitForAsyncUtils.waitForFxEvents();
            return "key " + key;
        }
        if (dice < 0.83) {
            counts[3]++;
            Point2D from = randomPoint(random);
            Point2D to = from.add(random.nextInt(601) - 300, random.nextInt(601) - 300);
            base.moveMouse(from);
            base.pressMouse(MouseButton.PRIMARY);
            base.moveMouse(from.midpoint(to));
            base.moveMouse(to);
            base.releaseMouse(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            return "drag " + (int) from.getX() + "," + (int) from.getY() + " to " + (int) to.getX() + "," + (int) to.getY();
        }
        if (dice < 0.96) {
            counts[4]++;
            int seconds = 1 + random.nextInt(30);
            clock.advance(Duration.ofSeconds(seconds));
            robot.interact(() -> kiosk.session().checkIdle());
            return "wait " + seconds + " s";
        }
        counts[5]++;
        clock.advance(Duration.ofSeconds(200));
        robot.interact(() -> kiosk.session().checkIdle());
        clock.advance(Duration.ofSeconds(60));
        robot.interact(() -> kiosk.session().checkIdle());
        return "walk away (idle reset)";
    }

    private String tap(Random random, FxRobot robot, BaseRobot base) {
        List<Node> targets = new ArrayList<>();
        fx(() -> targets.addAll(KioskUi.visibleNodes(stage.getScene().getRoot(), MonkeyTest::tappable)));
        if (targets.isEmpty()) {
            return "nothing to tap";
        }
        Node target = targets.get(random.nextInt(targets.size()));
        fx(() -> KioskUi.revealNow(target));
        Point2D[] at = new Point2D[1];
        fx(() -> {
            Bounds b = target.localToScreen(target.getLayoutBounds());
            at[0] = b == null ? null : new Point2D(b.getMinX() + b.getWidth() * (0.2 + 0.6 * random.nextDouble()),
                    b.getMinY() + b.getHeight() * (0.2 + 0.6 * random.nextDouble()));
        });
        if (at[0] == null) {
            return "tap on a node that left the screen";
        }
        base.moveMouse(at[0]);
        base.pressMouse(MouseButton.PRIMARY);
        base.releaseMouse(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents(2);
        return "tap " + describe(target);
    }

    private static boolean tappable(Node node) {
        if (node.isDisabled() || node.isMouseTransparent() || node.getScene() == null) {
            return false;
        }
        return node instanceof ButtonBase || node.getOnMouseClicked() != null || node.getOnMousePressed() != null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }

    private Point2D randomPoint(Random random) {
        return new Point2D(stage.getX() + 40 + random.nextInt((int) stage.getWidth() - 80),
                stage.getY() + 40 + random.nextInt((int) stage.getHeight() - 80));
    }

    /** Null when the person can still get Home from here; otherwise what is wrong. */
    private String brokenState(FxRobot robot) {
        String[] problem = new String[1];
        fx(() -> {
            Parent root = stage.getScene().getRoot();
            Route route = kiosk.navigator().current();
            Node holder = root.lookup("#screenHolder");
            if (route == null || !(holder instanceof Parent p) || p.getChildrenUnmodifiable().stream()
                    .filter(n -> !n.getStyleClass().contains("fade-cover")).count() != 1) {
                problem[0] = "no screen is showing (route " + route + ")";
            } else if (shown(root, "#adminOverlay")) {
                if (!shown(root, "#pinCancel") && !shown(root, "#adminCancel")) {
                    problem[0] = "the staff overlay has no way back";
                }
            } else if (shown(root, "#idleOverlay")) {
                if (!shown(root, "#stillHere")) {
                    problem[0] = "the idle overlay has no \"I'm still here\"";
                }
            } else if (!(route instanceof Route.Home) && !(route instanceof Route.Attract)) {
                Node home = root.lookup("#homeButton");
                if (home == null || !shown(root, "#homeButton") || home.isDisabled()) {
                    problem[0] = "Home cannot be reached from " + route.name();
                }
            }
        });
        return problem[0];
    }

    /** Whether a node is on screen: it and all its parents visible. */
    private static boolean shown(Parent root, String query) {
        Node node = root.lookup(query);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    /**
     * Live heap in MB without the software renderer's pixel buffers: under Monocle it frees a
     * discarded picture's pixels lazily, which says nothing about the kiosk; the kiosk's own leaks
     * are caught exactly by the check that every screen it left can be collected.
     */
    private static double liveHeapMb(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return org.backcare.kiosk.bench.Heap.live()[0];
    }

    private void writeReport(int steps, double heapGrowth, Set<String> visited, int[] counts, long started)
            throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        report.put("steps", steps);
        report.put("seed", SEED);
        synchronized (errors) {
            report.put("exceptions", errors.stream().filter(r -> r.getThrown() != null).count());
            report.put("errors_logged", errors.size());
        }
        report.put("heap_growth_mb", Math.round(heapGrowth * 10) / 10.0);
        report.put("heap_bound_mb", HEAP_BOUND_MB);
        report.put("idle_resets", resets.get());
        report.put("taps", counts[0]);
        report.put("scrolls", counts[1]);
        report.put("keys", counts[2]);
        report.put("drags", counts[3]);
        report.put("waits", counts[4]);
        report.put("walk_aways", counts[5]);
        report.put("screens_visited", visited.size());
        report.put("screens_shown", views.size());
        report.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        Path file = Path.of("target", "soak", "report.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    }
}
