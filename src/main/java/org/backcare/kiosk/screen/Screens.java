package org.backcare.kiosk.screen;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;

import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.widget.Viewports;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Knows which FXML view shows which route, builds it with its controller, and names it. */
public final class Screens implements Navigator.ScreenFactory {

    private static final String BASE = "/org/backcare/kiosk/screen/";

    private final Supplier<Content> content;
    private final Supplier<ResourceBundle> messages;
    private final Clock clock;
    private final Appearance appearance;
    private Navigator navigator;

    public Screens(Supplier<Content> content, Supplier<ResourceBundle> messages, Clock clock, Appearance appearance) {
        this.content = content;
        this.messages = messages;
        this.clock = clock;
        this.appearance = appearance;
    }

    /** Screens link to each other, so the navigator is handed over once it exists. */
    public void attach(Navigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public Node create(Route route) throws IOException {
        ScreenContext context = new ScreenContext(content.get(), navigator, messages.get(), route, clock, appearance);
        String exerciseId = route instanceof Route.ExercisePage page ? page.exerciseId()
                : route instanceof Route.Walkthrough walk ? walk.exerciseId() : null;
        if (exerciseId != null && context.content().exercises().exercise(exerciseId).isEmpty()) {
            throw new IllegalArgumentException("No exercise with id " + exerciseId);
        }
        FXMLLoader loader = new FXMLLoader(Resources.require(BASE + fxml(route)), context.messages());
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(ScreenContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Controller " + type.getName()
                        + " needs a public constructor taking a ScreenContext", e);
            }
        });
        Node view = loader.load();
        Viewports.uncacheAll(view);
        return view;
    }

    private String fxml(Route route) {
        if (route instanceof Route.ExercisePage) {
            return "exercises/Exercise.fxml";
        }
        if (route instanceof Route.Walkthrough) {
            return "picker/Walkthrough.fxml";
        }
        if (route instanceof Route.Attract) {
            return "attract/Attract.fxml";
        }
        if (route instanceof Route.PickerStep step) {
            return engine().next(step.answers()) instanceof Step.Finish
                    ? "picker/PickerResult.fxml" : "picker/PickerQuestion.fxml";
        }
        if (!(route instanceof Route.TopicPage page)) {
            return "home/Home.fxml";
        }
        return switch (page.topic()) {
            case MUSCLES -> "muscles/Muscles.fxml";
            case CAUSES -> "causes/Causes.fxml";
            case SYMPTOMS -> "symptoms/Symptoms.fxml";
            case SELF_CARE -> "selfcare/SelfCare.fxml";
            case EXERCISES -> "exercises/Exercises.fxml";
            case DOCTOR -> "doctor/Doctor.fxml";
            case KEY_POINTS -> "keypoints/KeyPoints.fxml";
            case SOURCES -> "sources/Sources.fxml";
            case PICKER -> throw new IllegalArgumentException("The picker opens with Route.of(Topic.PICKER)");
        };
    }

    /** The title the app bar shows for a route. */
    public String title(Route route) {
        Content c = content.get();
        if (route instanceof Route.TopicPage page) {
            return c.info(page.topic()).title();
        }
        if (route instanceof Route.ExercisePage page) {
            return c.exercises().exercise(page.exerciseId()).map(Exercise::name).orElse("");
        }
        if (route instanceof Route.Walkthrough walk) {
            return c.exercises().exercise(walk.exerciseId()).map(Exercise::name).orElse("");
        }
        if (route instanceof Route.PickerStep) {
            return c.picker().topic().title();
        }
        if (route instanceof Route.Attract) {
            return messages.get().getString("attract.title");
        }
        return messages.get().getString("home.title");
    }

    private PickerEngine engine() {
        return new PickerEngine(content.get().picker(), content.get().exercises());
    }

    /**
     * Every screen there is: the attract screen, Home, each topic, each exercise, each picker question and result
     * (reached by one way of answering), and each exercise walkthrough.
     */
    public static List<Route> all(Content content) {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.ATTRACT);
        routes.add(Route.HOME);
        for (Topic topic : Topic.values()) {
            if (topic != Topic.PICKER) {
                routes.add(new Route.TopicPage(topic));
            }
        }
        for (Exercise exercise : content.exercises().exercises()) {
            routes.add(new Route.ExercisePage(exercise.id()));
        }
        PickerEngine engine = new PickerEngine(content.picker(), content.exercises());
        Map<String, Answers> questions = new LinkedHashMap<>();
        collectQuestions(engine, Answers.NONE, questions);
        questions.values().forEach(a -> routes.add(new Route.PickerStep(a)));
        for (PickerResult result : content.picker().results()) {
            engine.exampleAnswersFor(result.id()).ifPresent(a -> routes.add(new Route.PickerStep(a)));
        }
        for (Exercise exercise : content.exercises().exercises()) {
            routes.add(new Route.Walkthrough(exercise.id()));
        }
        return routes;
    }

    /** The first way of reaching each question, depth first. */
    private static void collectQuestions(PickerEngine engine, Answers answers, Map<String, Answers> found) {
        if (engine.next(answers) instanceof Step.Ask ask) {
            found.putIfAbsent(ask.question().id(), answers);
            for (java.util.Set<String> choice : PickerEngine.possibleAnswers(ask.question())) {
                collectQuestions(engine, answers.with(ask.question().id(), choice), found);
            }
        }
    }

    /** A file name for a screen: the route's name, with the picker's question or result id. */
    public String fileName(Route route) {
        if (route instanceof Route.PickerStep step) {
            Step next = engine().next(step.answers());
            if (next instanceof Step.Ask ask) {
                return "picker-question-" + ask.question().id();
            }
            if (next instanceof Step.Finish finish) {
                return "picker-" + finish.result().id();
            }
        }
        return route.name();
    }
}
