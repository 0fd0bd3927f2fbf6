package org.backcare.kiosk.screen.picker;

import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.screen.ScreenContext;

/** What every picker screen shares. */
final class PickerFlow {

    private PickerFlow() {
    }

    /** Back to the first question, forgetting every answer: Back then leads Home. */
    static void startOver(ScreenContext context) {
        context.navigator().home();
        context.navigator().go(new Route.PickerStep(Answers.NONE));
    }
}
