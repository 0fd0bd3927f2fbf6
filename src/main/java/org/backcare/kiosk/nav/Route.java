package org.backcare.kiosk.nav;

import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.picker.Answers;

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

    /** A step of the exercise picker: the question after these answers, or its result. */
    record PickerStep(Answers answers) implements Route {
        @Override
        public String name() {
            return "picker-" + answers.count();
        }
    }

    /** The guided walkthrough of one exercise, with its hold timer. */
    record Walkthrough(String exerciseId) implements Route {
        @Override
        public String name() {
            return "walkthrough-" + exerciseId;
        }
    }

    /** Shown when the kiosk is idle: the title, a moving figure, "Touch to start". */
    record Attract() implements Route {
        @Override
        public String name() {
            return "attract";
        }
    }

    /** A screen of its own that needs no content topic, named by its id in the screen registry. */
    record Page(String screen) implements Route {
        @Override
        public String name() {
            return screen;
        }
    }

    Route HOME = new Home();
    Route ATTRACT = new Attract();

    /** Where a topic's tile or link leads: the picker starts at its first question. */
    static Route of(Topic topic) {
        return topic == Topic.PICKER ? new PickerStep(Answers.NONE) : new TopicPage(topic);
    }
}
