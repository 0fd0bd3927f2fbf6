package org.backcare.kiosk.screen.picker;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picker question's logic on the bundled content, without a toolkit. */
class PickerQuestionViewModelTest {

    private static PickerEngine engine;

    @BeforeAll
    static void load() {
        Library library = Library.open(Path.of("no-clinic-folder"), new ContentLoader());
        Content content = library.in("en");
        engine = new PickerEngine(content.picker(), content.exercises());
    }

    @Test
    void theFirstQuestionStartsAtNoProgressAndNextNeedsAnAnswer() {
        PickerQuestionViewModel model = new PickerQuestionViewModel(engine, Answers.NONE);
        assertEquals("emergency-signs", model.question().id());
        assertEquals(1, model.number());
        assertTrue(model.most() >= 1);
        assertEquals(0.0, model.progress());
        assertFalse(model.canGoNextProperty().get());
        assertEquals(Optional.empty(), model.next());
    }

    @Test
    void anExclusiveAnswerStandsAloneAndAnyOtherClearsIt() {
        PickerQuestionViewModel model = new PickerQuestionViewModel(engine, Answers.NONE);
        model.choose("em-groin", true);
        model.choose("em-both-legs", true);
        assertEquals(List.of("em-groin", "em-both-legs"), model.chosen());
        model.choose("em-none", true);
        assertEquals(List.of("em-none"), model.chosen());
        model.choose("em-groin", true);
        assertEquals(List.of("em-groin"), model.chosen());
        assertTrue(model.canGoNextProperty().get());
        model.choose("em-groin", false);
        assertFalse(model.canGoNextProperty().get());
    }

    @Test
    void nextCarriesTheChosenAnswersInTheQuestionsOrder() {
        PickerQuestionViewModel model = new PickerQuestionViewModel(engine, Answers.NONE);
        model.choose("em-both-legs", true);
        model.choose("em-groin", true);
        Answers next = model.next().orElseThrow();
        assertEquals(Set.of("em-groin", "em-both-legs"), next.of("emergency-signs"));
        PickerQuestionViewModel second = new PickerQuestionViewModel(engine,
                Answers.NONE.with("emergency-signs", List.of("em-none")));
        assertEquals(2, second.number());
        assertTrue(second.progress() > 0);
    }
}
