package org.backcare.kiosk.nav;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns every screen change and the history behind Back. Buttons bind to its read-only
 * properties; nothing else swaps screens. The outgoing screen is told it {@link ScreenLifecycle#left left}
 * and the incoming one that it was {@link ScreenLifecycle#entered entered}. A screen that fails to open is logged and the person
 * lands on Home instead of a blank or broken screen.
 */
public final class Navigator {

    private static final Logger LOG = Logger.getLogger(Navigator.class.getName());

    /** Builds the view of a route; may throw when content or FXML is broken. */
    @FunctionalInterface
    public interface ScreenFactory {
        Node create(Route route) throws Exception;
    }

    private final ScreenFactory factory;
    private final Function<Throwable, Node> lastResort;
    private final Deque<Route> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Route> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Node> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyBooleanWrapper backPossible = new ReadOnlyBooleanWrapper(this, "backPossible");
    private final ReadOnlyBooleanWrapper atHome = new ReadOnlyBooleanWrapper(this, "atHome");

    /**
     * @param lastResort the view shown when even Home cannot be built: a calm message, never a stack trace
     */
    public Navigator(ScreenFactory factory, Function<Throwable, Node> lastResort) {
        this.factory = factory;
        this.lastResort = lastResort;
    }

    /** Opens a route, remembering the current one for Back. A second tap on the same target is ignored. */
    public void go(Route route) {
        if (route.equals(current.get())) {
            return;
        }
        if (current.get() != null) {
            history.push(current.get());
        }
        show(route);
    }

    public void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    /** Goes to Home and forgets the way there. */
    public void home() {
        reset(Route.HOME);
    }

    /** Forgets all history and opens {@code start} anew, e.g. the attract screen after an idle reset. */
    public void reset(Route start) {
        history.clear();
        current.set(null);
        show(start);
    }

    /**
     * Opens {@code route} with {@code behind} as the way Back (oldest first), without building any of
     * the screens behind it: how the export and a therapist's jump start a screen "from Home".
     */
    public void setHistory(java.util.List<Route> behind, Route route) {
        history.clear();
        current.set(null);
        behind.forEach(history::push);
        show(route);
    }

    /** Builds the current screen again (after a language switch), keeping the history behind Back. */
    public void reload() {
        if (current.get() != null) {
            show(current.get());
        }
    }

    private void show(Route route) {
        Node node;
        try {
            node = factory.create(route);
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.log(Level.SEVERE, "Could not open screen " + route.name() + "; showing Home instead", e);
            if (route instanceof Route.Home) {
                node = lastResort.apply(e);
            } else {
                history.clear();
                show(Route.HOME);
                return;
            }
        }
        ScreenLifecycle.of(view.get()).left();
        current.set(route);
        view.set(node);
        backPossible.set(!history.isEmpty());
        atHome.set(route instanceof Route.Home || route instanceof Route.Attract);
        ScreenLifecycle.of(node).entered();
    }

    public Route current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Node> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backPossibleProperty() {
        return backPossible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atHomeProperty() {
        return atHome.getReadOnlyProperty();
    }
}
