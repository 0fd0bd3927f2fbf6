package org.backcare.kiosk.screen;

import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.screen.ScreenKind.HomeTile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of screen the kiosk has, in the kiosk's order: the order of Home's tiles, of classroom
 * paging, of the therapist's panel and of the screen export. Adding a screen is one line here, its
 * own package (controller, FXML, strings) and its {@code opens} line in module-info.java.
 */
public final class ScreenRegistry {

    /** The therapist's handout plan (declared before KINDS, which uses it). */
    public static final Route PLAN = new Route.Page("plan");

    public static final List<ScreenKind> KINDS = List.of(
            ScreenKind.fixed("attract", Route.ATTRACT, "attract/Attract.fxml", "attract.title", false),
            ScreenKind.fixed("home", Route.HOME, "home/Home.fxml", "home.title", true),
            ScreenKind.topic(Topic.MUSCLES, "muscles/Muscles.fxml", HomeTile.of("mdi2a-arm-flex")),
            ScreenKind.topic(Topic.CAUSES, "causes/Causes.fxml", HomeTile.of("mdi2h-head-question")),
            ScreenKind.topic(Topic.SYMPTOMS, "symptoms/Symptoms.fxml", HomeTile.of("mdi2c-clipboard-text")),
            ScreenKind.topic(Topic.SELF_CARE, "selfcare/SelfCare.fxml", HomeTile.of("mdi2h-hand-heart")),
            ScreenKind.topic(Topic.EXERCISES, "exercises/Exercises.fxml", HomeTile.of("mdi2y-yoga")),
            ScreenKind.topic(Topic.DOCTOR, "doctor/Doctor.fxml", HomeTile.of("mdi2d-doctor", "tile-danger")),
            ScreenKind.topic(Topic.KEY_POINTS, "keypoints/KeyPoints.fxml", HomeTile.of("mdi2f-format-list-checks")),
            ScreenKind.topic(Topic.SOURCES, "sources/Sources.fxml", HomeTile.of("mdi2b-book-open")),
            exercisePages(),
            pickerQuestions().withTile(HomeTile.wide("mdi2c-compass-outline", "tile-main", "tile-wide")),
            pickerResults(),
            walkthroughs(),
            // Not paged through nor listed: the therapist panel and the exercise pages open it.
            new ScreenKind("plan", "plan/Plan.fxml", (r, c) -> r.equals(PLAN), c -> List.of(PLAN),
                    (r, c, m) -> m.getString("plan.title"), Optional.empty(), false));

    private ScreenRegistry() {
    }

    /** The kind that shows a route: the first that claims it. */
    public static ScreenKind kindOf(Route route, KioskContent content) {
        for (ScreenKind kind : KINDS) {
            if (kind.shows().test(route, content)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No screen shows " + route);
    }

    /** Every screen there is, in the kiosk's order (the export and the soak visit them all). */
    public static List<Route> all(KioskContent content) {
        List<Route> routes = new ArrayList<>();
        KINDS.forEach(kind -> routes.addAll(kind.routes().apply(content)));
        return routes;
    }

    /** The screens classroom paging steps through and the therapist's panel lists, in order. */
    public static List<Route> listed(KioskContent content) {
        List<Route> routes = new ArrayList<>();
        KINDS.stream().filter(ScreenKind::listed).forEach(kind -> routes.addAll(kind.routes().apply(content)));
        return routes;
    }

    /** The kinds with a tile on Home, in order. */
    public static List<ScreenKind> tiles() {
        return KINDS.stream().filter(k -> k.tile().isPresent()).toList();
    }

    private static ScreenKind exercisePages() {
        return new ScreenKind("exercise", "exercises/Exercise.fxml", (r, c) -> r instanceof Route.ExercisePage,
                c -> c.content().exercises().exercises().stream().<Route>map(e -> new Route.ExercisePage(e.id())).toList(),
                (r, c, m) -> c.exercises().exercise(((Route.ExercisePage) r).exerciseId()).map(Exercise::name).orElse(""),
                Optional.empty(), true);
    }

    private static ScreenKind walkthroughs() {
        return new ScreenKind("walkthrough", "picker/Walkthrough.fxml", (r, c) -> r instanceof Route.Walkthrough,
                c -> c.content().exercises().exercises().stream().<Route>map(e -> new Route.Walkthrough(e.id())).toList(),
                (r, c, m) -> c.exercises().exercise(((Route.Walkthrough) r).exerciseId()).map(Exercise::name).orElse(""),
                Optional.empty(), true);
    }

    /** Each question of the picker, reached by the first way of answering there, depth first. */
    private static ScreenKind pickerQuestions() {
        return new ScreenKind(Topic.PICKER.id(), "picker/PickerQuestion.fxml",
                (r, c) -> r instanceof Route.PickerStep step && c.picker().next(step.answers()) instanceof Step.Ask,
                c -> {
                    Map<String, Answers> questions = new LinkedHashMap<>();
                    collectQuestions(c.picker(), Answers.NONE, questions);
                    return questions.values().stream().<Route>map(Route.PickerStep::new).toList();
                },
                (r, c, m) -> c.picker().topic().title(), Optional.empty(), true);
    }

    /** Each result of the picker, reached by an example way of answering. */
    private static ScreenKind pickerResults() {
        return new ScreenKind("picker-result", "picker/PickerResult.fxml",
                (r, c) -> r instanceof Route.PickerStep step && c.picker().next(step.answers()) instanceof Step.Finish,
                c -> {
                    List<Route> routes = new ArrayList<>();
                    for (PickerResult result : c.content().picker().results()) {
                        c.picker().exampleAnswersFor(result.id()).ifPresent(a -> routes.add(new Route.PickerStep(a)));
                    }
                    return routes;
                },
                (r, c, m) -> c.picker().topic().title(), Optional.empty(), true);
    }

    private static void collectQuestions(PickerEngine engine, Answers answers, Map<String, Answers> found) {
        if (engine.next(answers) instanceof Step.Ask ask) {
            found.putIfAbsent(ask.question().id(), answers);
            for (Set<String> choice : PickerEngine.possibleAnswers(ask.question())) {
                collectQuestions(engine, answers.with(ask.question().id(), choice), found);
            }
        }
    }
}
