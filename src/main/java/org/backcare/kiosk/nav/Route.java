package org.backcare.kiosk.nav;

import org.backcare.kiosk.content.Topic;

/** A place in the kiosk a person can be. */
public sealed interface Route {

    /** A short name for file names and logs: "home", "topic-causes", "exercise-press-up". */
    String name();

    record Home() implements Route {
        @Override
        public String name() {
            return "home";
        }
    }

    record TopicPage(Topic topic) implements Route {
        @Override
        public String name() {
            return "topic-" + topic.id();
        }
    }

    record ExercisePage(String exerciseId) implements Route {
        @Override
        public String name() {
            return "exercise-" + exerciseId;
        }
    }

    Route HOME = new Home();
}
