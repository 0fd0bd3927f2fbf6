package org.backcare.kiosk.screen.causes;

import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.PainSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing a source of pain on the body map lights where it is felt; without a toolkit. */
class CausesViewModelTest {

    private static List<PainSource> sources;

    @BeforeAll
    static void load() {
        sources = Library.open(Path.of("no-clinic-folder"), new ContentLoader()).in("en").causes().causes().stream()
                .flatMap(c -> c.sources().stream()).toList();
    }

    @Test
    void aChosenSourceLightsItsAreasAndDimsTheOthers() {
        CausesViewModel model = new CausesViewModel(sources);
        assertEquals(Set.of(), model.litAreas());
        PainSource first = sources.get(0);
        model.tap(first.id());
        assertEquals(first, model.selectedProperty().get());
        assertEquals(Set.copyOf(first.areas()), model.litAreas());
        assertFalse(model.dimmed(first));
        assertTrue(sources.stream().filter(s -> s != first).allMatch(model::dimmed));
    }

    @Test
    void aSecondTapOrATapBesideLetsGo() {
        CausesViewModel model = new CausesViewModel(sources);
        model.tap(sources.get(0).id());
        model.tap(sources.get(0).id());
        assertNull(model.selectedProperty().get());
        model.tap(sources.get(1).id());
        model.tap(sources.get(0).id());
        assertEquals(sources.get(0), model.selectedProperty().get(), "another source is chosen straight away");
        model.clear();
        assertNull(model.selectedProperty().get());
        assertEquals(Set.of(), model.litAreas());
    }
}
