package org.backcare.kiosk.nav;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.backcare.kiosk.content.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History, Back, Home and recovery from a screen that fails to open; no toolkit needed. */
class NavigatorTest {

    private final List<Route> built = new ArrayList<>();
    private final Pane problem = new Pane();

    private Navigator navigator(Route failing) {
        return new Navigator(route -> {
            if (route.equals(failing)) {
                throw new IllegalStateException("broken screen");
            }
            built.add(route);
            return new Pane();
        }, error -> problem);
    }

    @Test
    void backReturnsAlongTheWayCameAndHomeForgetsIt() {
        Navigator nav = navigator(null);
        nav.home();
        assertTrue(nav.atHomeProperty().get());
        assertFalse(nav.backPossibleProperty().get());
        nav.go(new Route.TopicPage(Topic.EXERCISES));
        nav.go(new Route.ExercisePage("press-up"));
        assertTrue(nav.backPossibleProperty().get());
        nav.back();
        assertEquals(new Route.TopicPage(Topic.EXERCISES), nav.current());
        nav.back();
        assertEquals(Route.HOME, nav.current());
        assertFalse(nav.backPossibleProperty().get());
        nav.go(new Route.TopicPage(Topic.CAUSES));
        nav.home();
        assertFalse(nav.backPossibleProperty().get());
    }

    @Test
    void aSecondTapOnTheSameTargetIsIgnored() {
        Navigator nav = navigator(null);
        nav.home();
        nav.go(new Route.TopicPage(Topic.SOURCES));
        nav.go(new Route.TopicPage(Topic.SOURCES));
        nav.back();
        assertEquals(Route.HOME, nav.current());
        assertEquals(2, built.size() - 1, "Home, Sources, Home again");
    }

    @Test
    void aScreenThatFailsLandsTheUserOnHome() {
        Route broken = new Route.TopicPage(Topic.MUSCLES);
        Navigator nav = navigator(broken);
        nav.home();
        nav.go(new Route.TopicPage(Topic.CAUSES));
        nav.go(broken);
        assertEquals(Route.HOME, nav.current());
        assertFalse(nav.backPossibleProperty().get());
        Node view = nav.viewProperty().get();
        assertFalse(view == problem);
    }

    @Test
    void whenEvenHomeFailsACalmMessageIsShown() {
        Navigator nav = navigator(Route.HOME);
        nav.home();
        assertSame(problem, nav.viewProperty().get());
    }
}
