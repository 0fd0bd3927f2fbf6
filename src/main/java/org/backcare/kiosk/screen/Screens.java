package org.backcare.kiosk.screen;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Knows which FXML view shows which route, builds it with its controller, and names it. */
public final class Screens implements Navigator.ScreenFactory {

    private static final String BASE = "/org/backcare/kiosk/screen/";

    private final Supplier<Content> content;
    private final Supplier<ResourceBundle> messages;
    private Navigator navigator;

    public Screens(Supplier<Content> content, Supplier<ResourceBundle> messages) {
        this.content = content;
        this.messages = messages;
    }

    /** Screens link to each other, so the navigator is handed over once it exists. */
    public void attach(Navigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public Node create(Route route) throws IOException {
        ScreenContext context = new ScreenContext(content.get(), navigator, messages.get(), route);
        if (route instanceof Route.ExercisePage page && context.content().exercises().exercise(page.exerciseId()).isEmpty()) {
            throw new IllegalArgumentException("No exercise with id " + page.exerciseId());
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
        return loader.load();
    }

    private static String fxml(Route route) {
        if (route instanceof Route.ExercisePage) {
            return "exercises/Exercise.fxml";
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
        return messages.get().getString("home.title");
    }

    /** Every screen there is: Home, each topic, each exercise. */
    public static List<Route> all(Content content) {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.HOME);
        for (Topic topic : Topic.values()) {
            routes.add(new Route.TopicPage(topic));
        }
        for (Exercise exercise : content.exercises().exercises()) {
            routes.add(new Route.ExercisePage(exercise.id()));
        }
        return routes;
    }
}
