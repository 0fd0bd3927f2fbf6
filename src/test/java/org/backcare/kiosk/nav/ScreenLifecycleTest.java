package org.backcare.kiosk.nav;

import javafx.scene.layout.Pane;
import org.backcare.kiosk.content.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The navigator tells screens they were entered and left, and sets history without building it; no toolkit. */
class ScreenLifecycleTest {

    private final List<String> events = new ArrayList<>();
    private final List<Route> built = new ArrayList<>();

    private Navigator navigator() {
        return new Navigator(route -> {
            built.add(route);
            Pane view = new Pane();
            ScreenLifecycle.attach(view, new ScreenLifecycle() {
                @Override
                public void entered() {
                    events.add("entered " + route.name());
                }

                @Override
                public void left() {
                    events.add("left " + route.name());
                }
            });
            return view;
        }, error -> new Pane());
    }

    @Test
    void theOutgoingScreenIsLeftBeforeTheIncomingIsEntered() {
        Navigator nav = navigator();
        nav.home();
        nav.go(new Route.TopicPage(Topic.CAUSES));
        nav.back();
        nav.reload();
        assertEquals(List.of("entered home", "left home", "entered topic-causes", "left topic-causes", "entered home",
                "left home", "entered home"), events);
    }

    @Test
    void historyIsSetWithoutBuildingTheScreensBehind() {
        Navigator nav = navigator();
        nav.setHistory(List.of(Route.HOME, new Route.TopicPage(Topic.EXERCISES)), new Route.ExercisePage("press-up"));
        assertEquals(List.of(new Route.ExercisePage("press-up")), built);
        assertTrue(nav.backPossibleProperty().get());
        nav.back();
        assertEquals(new Route.TopicPage(Topic.EXERCISES), nav.current());
        nav.back();
        assertEquals(Route.HOME, nav.current());
    }

    @Test
    void aViewWithoutLifecycleIsFine() {
        Navigator nav = new Navigator(route -> new Pane(), error -> new Pane());
        nav.home();
        nav.go(Route.ATTRACT);
        assertEquals(Route.ATTRACT, nav.current());
    }
}
