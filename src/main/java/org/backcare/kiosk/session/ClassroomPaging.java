package org.backcare.kiosk.session;

import javafx.scene.input.KeyEvent;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.ScreenRegistry;
import org.backcare.kiosk.screen.Screens;

import java.util.List;

/**
 * Classroom mode's keys, as a presenter's clicker sends them: Right and Page Down open the next screen
 * in the registry's order, Left and Page Up the previous, Home goes Home.
 */
final class ClassroomPaging {

    private final Navigator navigator;
    private final Screens screens;

    ClassroomPaging(Navigator navigator, Screens screens) {
        this.navigator = navigator;
        this.screens = screens;
    }

    void keys(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> page(1, e);
            case LEFT, PAGE_UP -> page(-1, e);
            case HOME -> {
                navigator.home();
                e.consume();
            }
            default -> { }
        }
    }

    private void page(int step, KeyEvent e) {
        List<Route> order = ScreenRegistry.listed(screens.content());
        int at = order.indexOf(navigator.current());
        int next = Math.max(0, Math.min(order.size() - 1, (at < 0 ? 0 : at) + step));
        navigator.go(order.get(next));
        e.consume();
    }
}
