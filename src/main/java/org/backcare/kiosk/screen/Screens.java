package org.backcare.kiosk.screen;

import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.ui.Resources;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.nav.ScreenLifecycle;
import org.backcare.kiosk.picker.Step;
import org.backcare.kiosk.widget.Viewports;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Builds the view of a route from its kind in the {@link ScreenRegistry}: the kind's FXML with its
 * controller, given a {@link ScreenContext}. Also names and titles routes.
 */
public final class Screens implements Navigator.ScreenFactory {

    private static final String BASE = ScreenKind.FXML_BASE;

    private final Supplier<KioskContent> content;
    private final Supplier<ResourceBundle> messages;
    private final Clock clock;
    private final Appearance appearance;
    private final TakeHome takeHome;
    private final Audio audio;
    private Navigator navigator;

    public Screens(Supplier<KioskContent> content, Supplier<ResourceBundle> messages, Clock clock, Appearance appearance,
                   TakeHome takeHome, Audio audio) {
        this.takeHome = takeHome;
        this.audio = audio;
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
        KioskContent loaded = content.get();
        String exerciseId = route instanceof Route.ExercisePage page ? page.exerciseId()
                : route instanceof Route.Walkthrough walk ? walk.exerciseId() : null;
        if (exerciseId != null && loaded.content().exercises().exercise(exerciseId).isEmpty()) {
            throw new IllegalArgumentException("No exercise with id " + exerciseId);
        }
        ScreenKind kind = ScreenRegistry.kindOf(route, loaded);
        ResourceBundle strings = kind.strings(messages.get());
        ScreenContext context = new ScreenContext(loaded.content(), navigator, strings, route, clock, appearance,
                loaded.picker(), takeHome, audio);
        FXMLLoader loader = new FXMLLoader(Resources.require(BASE + kind.fxml()), strings);
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(ScreenContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Controller " + type.getName()
                        + " needs a public constructor taking a ScreenContext", e);
            }
        });
        Node view = loader.load();
        if (loader.getController() instanceof ScreenLifecycle lifecycle) {
            ScreenLifecycle.attach(view, lifecycle);
        }
        Viewports.uncacheAll(view);
        return view;
    }

    /** The title the app bar shows for a route. */
    public String title(Route route) {
        KioskContent loaded = content.get();
        ScreenKind kind = ScreenRegistry.kindOf(route, loaded);
        return kind.titleOf(route, loaded.content(), messages.get());
    }

    /** What a person can take home: handouts, printing, the therapist's plan. */
    public TakeHome takeHome() {
        return takeHome;
    }

    /** The content of the current language, with its picker engine. */
    public KioskContent content() {
        return content.get();
    }

    /** Every screen there is, in the kiosk's order: see {@link ScreenRegistry#all}. */
    public static List<Route> all(Content content) {
        return ScreenRegistry.all(KioskContent.of(content));
    }

    /** A file name for a screen: the route's name, with the picker's question or result id. */
    public String fileName(Route route) {
        if (route instanceof Route.PickerStep step) {
            Step next = content.get().picker().next(step.answers());
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
