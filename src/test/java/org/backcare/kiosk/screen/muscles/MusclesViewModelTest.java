package org.backcare.kiosk.screen.muscles;

import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.content.Muscle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing muscles on the diagram's layers, on the bundled content, without a toolkit. */
class MusclesViewModelTest {

    private static List<Muscle> muscles;

    @BeforeAll
    static void load() {
        muscles = Library.open(Path.of("no-clinic-folder"), new ContentLoader()).in("en").muscles().muscles();
    }

    private static Muscle on(Layer layer) {
        return muscles.stream().filter(m -> m.layer() == layer).findFirst().orElseThrow();
    }

    @Test
    void aTapChoosesAndASecondTapLetsGo() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        Muscle outer = on(Layer.SUPERFICIAL);
        assertEquals(Layer.SUPERFICIAL, model.layerProperty().get());
        model.tap(outer.id());
        assertEquals(outer, model.selectedProperty().get());
        assertFalse(model.dimmed(outer));
        assertTrue(muscles.stream().filter(m -> m != outer).allMatch(model::dimmed));
        model.tap(outer.id());
        assertNull(model.selectedProperty().get());
        model.tap(outer.id());
        model.clear();
        assertNull(model.selectedProperty().get());
    }

    @Test
    void onlyTheLayerShownCanBeChosenAndSwitchingLayersLetsGo() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        Muscle deep = on(Layer.DEEP);
        assertFalse(model.tappable(deep));
        model.tap(deep.id());
        assertNull(model.selectedProperty().get(), "a deep muscle is not chosen while the outer layer shows");
        model.tap(on(Layer.SUPERFICIAL).id());
        model.showLayer(Layer.DEEP);
        assertNull(model.selectedProperty().get());
        assertTrue(model.tappable(deep));
        model.tap(deep.id());
        model.showLayer(Layer.DEEP);
        assertEquals(deep, model.selectedProperty().get(), "the same layer again keeps the choice");
    }
}
