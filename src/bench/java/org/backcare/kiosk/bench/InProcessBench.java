package org.backcare.kiosk.bench;

import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.shell.Kiosk;
import org.backcare.kiosk.screen.Screens;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The in-process half of the benchmark, run by {@link BenchRunner} in its own JVM on a real
 * window (Xvfb): screen changes, animation smoothness, heap growth, then changes of
 * language, text size and contrast. Prints one JSON object.
 */
public final class InProcessBench extends Application {

    private static final List<String> HOME_TILES = List.of("#pickerTile", "#musclesTile", "#causesTile",
            "#symptomsTile", "#selfCareTile", "#exercisesTile", "#doctorTile", "#keyPointsTile", "#sourcesTile");
    /** Rounds of taps on every screen reachable from Home; the first warms up and is reported apart. */
    private static final int NAV_ROUNDS = Integer.getInteger("bench.navRounds", 11);
    /** Rounds of the taps that change the look of the screen ({@link #look}); the first warms up. */
    private static final int LOOK_ROUNDS = Integer.getInteger("bench.lookRounds", 4);
    private static final int NAVIGATIONS = Integer.getInteger("bench.navigations", 10_000);
    private static final int RESETS = Integer.getInteger("bench.resets", 1_000);
    private static final boolean ANIMATION_ONLY = "animation".equals(System.getProperty("bench.only"));

    private Kiosk kiosk;
    private Scene scene;
    private final StringBuilder json = new StringBuilder("{");

    @Override
    public void start(Stage stage) {
        Library library = Library.open(null, Main.contentLoader());
        kiosk = new Kiosk(library, Settings.DEFAULTS, Clock.systemUTC(), () -> { });
        scene = kiosk.scene(1920, 1080);
        kiosk.shell().setAnimate(!Boolean.getBoolean("bench.noFade"));
        stage.setScene(scene);
        stage.show();
        // -Dbench.only=animation times the exercise figure alone (a minute, not the whole run)
        after(30, ANIMATION_ONLY ? this::animation : this::navigation);
    }

    /** Runs {@code next} after {@code frames} pulses, so rendering keeps going in between. */
    private void after(int frames, Runnable next) {
        new AnimationTimer() {
            private int left = frames;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    try {
                        next.run();
                    } catch (RuntimeException e) {
                        fail(e.toString());
                    }
                }
            }
        }.start();
    }

    /** Prints why and quits without results, so BenchRunner fails at once instead of waiting out its time limit. */
    private static void fail(String why) {
        System.err.println("The in-process benchmark stopped: " + why);
        Platform.exit();
    }

    /**
     * A tap to time: open {@code from} and let it settle, tap each of {@code before} (untimed), then
     * tap {@code target}. {@code took} says whether it did what it is for; null means it must open
     * another screen.
     */
    private record Tap(Route from, String target, List<String> before, BooleanSupplier took) {
        Tap(Route from, String target, List<String> before) {
            this(from, target, before, null);
        }
    }

    /** A timed tap: its round (0 is the warm-up), its place in the round, and how long it took. */
    private record Timed(int round, int screen, double ms) {
    }

    /**
     * Injected taps, each timed to the end of the layout of the first frame after it, over every
     * screen reachable from Home: Home's tiles, then each screen below them from the screen that
     * leads to it ({@link #deeperTaps}), each tap on a settled screen (its fade-in long over, as
     * when a person has read it), in rounds. That is the figure the target is for; Home's tiles and
     * the screens below them are also reported apart. Then Home's tiles again, each 100 ms after
     * Home appears, while it still fades in and the renderer is busy with it: a quick tapper's case.
     */
    private void navigation() {
        List<Tap> screens = new ArrayList<>();
        HOME_TILES.forEach(tile -> screens.add(new Tap(Route.HOME, tile, List.of())));
        screens.addAll(deeperTaps());
        List<Tap> tiles = screens.subList(0, HOME_TILES.size());
        List<Timed> settled = new ArrayList<>();
        List<Timed> quick = new ArrayList<>();
        // 20 frames (333 ms) is past the 180 ms fade; 6 frames (100 ms) is inside it.
        tapAll(new Series(screens, NAV_ROUNDS, 20, settled, () -> {
            put("nav_screens", screens.size());
            report("nav", settled, t -> t.round() > 0);
            report("nav_first_round", settled, t -> t.round() == 0);
            report("nav_home", settled, t -> t.round() > 0 && t.screen() < tiles.size());
            report("nav_deeper", settled, t -> t.round() > 0 && t.screen() >= tiles.size());
            tapAll(new Series(tiles, NAV_ROUNDS, 6, quick, () -> {
                report("nav_during_fade", quick, t -> t.round() > 0);
                after(10, this::animation);
            }), 0);
        }), 0);
    }

    /**
     * Taps that change how the whole screen looks rather than which screen it is: the other language
     * and back, text at 150 % and back, high contrast and back (the last four on the strip the "Text
     * size" button opens, untimed), each on Home and on each screen behind Home's tiles, timed as
     * screen changes are. A language change builds the screen again; the other two restyle it.
     * It runs last, after the heap figure: a new stylesheet on the scene empties JavaFX's style
     * cache, and the cache filling again during the 10,000 screen changes measured as about 1.3 MB
     * of heap growth that is no leak (class histograms: the same heap after the changes either way).
     */
    private void look() {
        if (LOOK_ROUNDS == 0) {
            finish();
            return;
        }
        Appearance appearance = kiosk.appearance();
        String first = appearance.languageProperty().get();
        String other = appearance.otherLanguages().get(0).id();
        List<Route> where = new ArrayList<>(List.of(Route.HOME));
        for (Topic topic : Topic.values()) {
            where.add(Route.of(topic));
        }
        List<Tap> taps = new ArrayList<>();
        List<String> strip = List.of("#lookToggle");
        for (Route route : where) {
            taps.add(new Tap(route, "#language-" + other, List.of(), () -> other.equals(appearance.languageProperty().get())));
            taps.add(new Tap(route, "#language-" + first, List.of(), () -> first.equals(appearance.languageProperty().get())));
            taps.add(new Tap(route, "#textSize150", strip, () -> appearance.textSizeProperty().get() == TextSize.LARGEST));
            taps.add(new Tap(route, "#textSize100", strip, () -> appearance.textSizeProperty().get() == TextSize.NORMAL));
            taps.add(new Tap(route, "#contrastHigh", strip, () -> appearance.highContrastProperty().get()));
            taps.add(new Tap(route, "#contrastStandard", strip, () -> !appearance.highContrastProperty().get()));
        }
        List<Timed> timed = new ArrayList<>();
        tapAll(new Series(taps, LOOK_ROUNDS, 20, timed, () -> {
            report("look", timed, t -> t.round() > 0);
            report("look_language", timed, t -> t.round() > 0 && taps.get(t.screen()).target().startsWith("#language-"));
            report("look_text_size", timed, t -> t.round() > 0 && taps.get(t.screen()).target().startsWith("#textSize"));
            report("look_contrast", timed, t -> t.round() > 0 && taps.get(t.screen()).target().startsWith("#contrast"));
            finish();
        }), 0);
    }

    /**
     * One tap to each screen below Home's tiles, as a person reaches it: each exercise from the
     * exercise list; each picker question after the first, and each picker result, from the
     * question before it, answered as {@link Screens#all} reaches that screen (answers ticked, then
     * "Next" timed, on a question with several answers); and each exercise's walkthrough from the
     * first result that offers it.
     */
    private List<Tap> deeperTaps() {
        Content content = kiosk.content();
        List<Tap> taps = new ArrayList<>();
        for (Exercise exercise : content.exercises().exercises()) {
            taps.add(new Tap(new Route.TopicPage(Topic.EXERCISES), "#exercise-" + exercise.id(), List.of()));
        }
        PickerEngine engine = new PickerEngine(content.picker(), content.exercises());
        java.util.Set<String> walkthroughs = new HashSet<>();
        for (Route route : Screens.all(content)) {
            if (route instanceof Route.PickerStep step && step.answers().count() > 0) {
                taps.add(pickerTap(engine, step.answers()));
                if (engine.next(step.answers()) instanceof Step.Finish finish) {
                    for (String exercise : finish.exercises()) { // those the answers allow
                        if (walkthroughs.add(exercise)) {
                            taps.add(new Tap(step, "#walkthrough-" + exercise, List.of()));
                        }
                    }
                }
            }
        }
        return taps;
    }

    /** The last tap on the way to the picker screen for {@code goal}, answering as {@code goal} does. */
    private static Tap pickerTap(PickerEngine engine, Answers goal) {
        Answers so = Answers.NONE;
        while (engine.next(so) instanceof Step.Ask ask) {
            Question question = ask.question();
            List<String> chosen = question.answers().stream().map(Answer::id)
                    .filter(goal.of(question.id())::contains).toList();
            Answers after = so.with(question.id(), chosen);
            if (after.equals(goal)) {
                List<String> ids = chosen.stream().map(id -> "#answer-" + id).toList();
                return question.multiple() ? new Tap(new Route.PickerStep(so), "#nextButton", ids)
                        : new Tap(new Route.PickerStep(so), ids.get(0), List.of());
            }
            if (after.equals(so) || chosen.isEmpty()) {
                break;
            }
            so = after;
        }
        throw new IllegalStateException("No way through the picker to " + goal);
    }

    private void report(String name, List<Timed> timed, Predicate<Timed> which) {
        List<Double> ms = timed.stream().filter(which).map(Timed::ms).sorted().toList();
        put(name + "_samples", ms.size());
        if (ms.isEmpty()) { // a series run with its warm-up round only
            return;
        }
        put(name + "_p50_ms", percentile(ms, 0.50));
        put(name + "_p95_ms", percentile(ms, 0.95));
        put(name + "_max_ms", ms.get(ms.size() - 1));
    }

    /** {@code rounds} rounds of {@code round}'s taps, each {@code settleFrames} after its screen opens; then {@code then}. */
    private record Series(List<Tap> round, int rounds, int settleFrames, List<Timed> timed, Runnable then) {
    }

    private void tapAll(Series series, int i) {
        if (i == series.round().size() * series.rounds()) {
            series.then().run();
            return;
        }
        Tap tap = series.round().get(i % series.round().size());
        kiosk.shell().showLookChoices(false);
        kiosk.navigator().reset(tap.from());
        after(series.settleFrames(), () -> {
            if (tap.before().isEmpty()) {
                timedTap(series, i, tap);
            } else { // ticked answers get their frames before "Next" is timed
                tap.before().forEach(selector -> tap(find(selector, tap)));
                after(2, () -> timedTap(series, i, tap));
            }
        });
    }

    private void timedTap(Series series, int i, Tap tap) {
        Node target = find(tap.target(), tap);
        long start = System.nanoTime();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            double took = (System.nanoTime() - start) / 1e6;
            boolean done = tap.took() == null ? !tap.from().equals(kiosk.navigator().current()) : tap.took().getAsBoolean();
            if (!done) {
                fail("tapping " + tap.target() + " on " + tap.from().name()
                        + (tap.took() == null ? " opened no other screen" : " changed nothing"));
                return;
            }
            int size = series.round().size();
            series.timed().add(new Timed(i / size, i % size, took));
            after(4, () -> tapAll(series, i + 1));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        tap(target);
    }

    private Node find(String selector, Tap tap) {
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("No " + selector + " on " + tap.from().name());
        }
        return node;
    }

    private static void tap(Node node) {
        double x = node.getLayoutBounds().getCenterX();
        double y = node.getLayoutBounds().getCenterY();
        javafx.geometry.Point2D s = node.localToScene(x, y);
        javafx.geometry.Point2D screen = node.localToScreen(x, y);
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(node, new MouseEvent(type, s.getX(), s.getY(), screen.getX(), screen.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, type != MouseEvent.MOUSE_RELEASED
                    && type != MouseEvent.MOUSE_CLICKED, false, false, true, false, true, null));
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Frames while an exercise figure moves: pulses per second and the longest gap between two. */
    private void animation() {
        kiosk.navigator().go(new Route.ExercisePage("double-knee-to-chest"));
        after(30, () -> {
            List<Long> stamps = new ArrayList<>();
            long until = System.nanoTime() + 5_000_000_000L;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stamps.add(now);
                    if (now >= until) {
                        stop();
                        double worst = 0;
                        for (int k = 1; k < stamps.size(); k++) {
                            worst = Math.max(worst, (stamps.get(k) - stamps.get(k - 1)) / 1e6);
                        }
                        double seconds = (stamps.get(stamps.size() - 1) - stamps.get(0)) / 1e9;
                        put("anim_fps", (stamps.size() - 1) / seconds);
                        put("frame_worst_gap_ms", worst);
                        after(5, ANIMATION_ONLY ? InProcessBench.this::finish : InProcessBench.this::scrolling);
                    }
                }
            }.start();
        });
    }

    /**
     * Frames while a long screen (self-care) scrolls from top to bottom in 3 s, as a finger's flick
     * would: scrolling redraws the screen's content on every frame. {@code -Dbench.viewportCache=true}
     * puts JavaFX's viewport picture cache back, to compare.
     */
    private void scrolling() {
        kiosk.navigator().go(new Route.TopicPage(Topic.SELF_CARE));
        after(30, () -> {
            ScrollPane pane = (ScrollPane) scene.getRoot().lookup(".screen-scroll");
            if (Boolean.getBoolean("bench.viewportCache")) {
                pane.lookup(".viewport").setCache(true);
            }
            pane.setVvalue(pane.getVmin());
            Timeline scroll = new Timeline(new KeyFrame(Duration.seconds(3),
                    new KeyValue(pane.vvalueProperty(), pane.getVmax(), Interpolator.LINEAR)));
            List<Long> stamps = new ArrayList<>();
            AnimationTimer frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stamps.add(now);
                }
            };
            scroll.setOnFinished(e -> {
                frames.stop();
                double worst = 0;
                for (int k = 1; k < stamps.size(); k++) {
                    worst = Math.max(worst, (stamps.get(k) - stamps.get(k - 1)) / 1e6);
                }
                put("scroll_fps", (stamps.size() - 1) / ((stamps.get(stamps.size() - 1) - stamps.get(0)) / 1e9));
                put("scroll_worst_gap_ms", worst);
                after(5, this::heap);
            });
            frames.start();
            scroll.play();
        });
    }

    /** Prints the figures and ends the benchmark. */
    private void finish() {
        System.out.println(json.append("}"));
        Platform.exit();
    }

    /** Live heap before and after 10,000 navigations and 1,000 idle resets, ten per frame. */
    private void heap() {
        kiosk.navigator().home();
        liveHeap(before -> {
            List<Route> routes = Screens.all(kiosk.content());
            Random random = new Random(7);
            int[] done = {0, 0};
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    for (int k = 0; k < 10 && done[0] < NAVIGATIONS; k++, done[0]++) {
                        kiosk.navigator().go(routes.get(random.nextInt(routes.size())));
                        if (done[0] % (NAVIGATIONS / RESETS) == 0 && done[1] < RESETS) {
                            kiosk.session().resetForNextPerson();
                            done[1]++;
                        }
                    }
                    if (done[0] >= NAVIGATIONS) {
                        stop();
                        kiosk.navigator().home();
                        liveHeap(after -> {
                            put("navigations", done[0]);
                            put("idle_resets", done[1]);
                            put("heap_before_mb", before[0]);
                            put("heap_after_mb", after[0]);
                            put("heap_growth_mb", after[0] - before[0]);
                            put("heap_growth_raw_mb", after[1] - before[1]);
                            put("rss_after_navigations_mb", rssMb());
                            String dump = System.getProperty("bench.heapDump");
                            if (dump != null) { // for a leak hunt
                                try {
                                    new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()),
                                            "GC.heap_dump", dump).inheritIO().start().waitFor();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                            after(10, InProcessBench.this::look);
                        });
                    }
                }
            }.start();
        });
    }

    /**
     * Live heap after full collections, with frames drawn in between (the renderer frees a discarded
     * picture's pixels on a later frame): [without the renderer's int[] pixel buffers, all].
     */
    private void liveHeap(Consumer<double[]> then) {
        double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
        int[] round = {0};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (round[0]++ % 10 != 0) {
                    return;
                }
                double[] heap = Heap.live();
                least[0] = Math.min(least[0], heap[0]);
                least[1] = Math.min(least[1], heap[1]);
                scene.getRoot().setOpacity(scene.getRoot().getOpacity() == 1.0 ? 0.999 : 1.0);
                if (round[0] > 50) {
                    stop();
                    scene.getRoot().setOpacity(1.0);
                    then.accept(least);
                }
            }
        }.start();
    }

    /** This process's resident memory, as the clinic PC sees it after a day's use. */
    private static double rssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private void put(String key, double value) {
        if (json.length() > 1) {
            json.append(", ");
        }
        json.append('"').append(key).append("\": ").append(String.format(Locale.ROOT, "%.2f", value));
    }

    /** The entry point: a class that is not the Application, so JavaFX may sit on the class path. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(InProcessBench.class, args);
        }
    }
}
