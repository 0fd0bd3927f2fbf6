package org.backcare.kiosk.nav;

import javafx.scene.Node;

/**
 * What a screen does when the navigator shows it and when it leaves: a screen that runs timers or
 * animations, or listens to something that outlives it, starts them in {@link #entered} and frees them in
 * {@link #left}, so nothing keeps a screen that was left alive or running.
 */
public interface ScreenLifecycle {

    /** Called once the screen's view is the navigator's current view. */
    default void entered() {
    }

    /** Called when another screen replaces this one (or the same route is built anew), before it goes. */
    default void left() {
    }

    /** Ties a lifecycle to a screen's view; the navigator finds it there. */
    static void attach(Node view, ScreenLifecycle lifecycle) {
        view.getProperties().put(ScreenLifecycle.class, lifecycle);
    }

    /** The lifecycle tied to a view, or one that does nothing. */
    static ScreenLifecycle of(Node view) {
        return view != null && view.getProperties().get(ScreenLifecycle.class) instanceof ScreenLifecycle l
                ? l : new ScreenLifecycle() { };
    }
}
