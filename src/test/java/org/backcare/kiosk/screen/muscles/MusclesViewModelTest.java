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

/** Peeling the layers of the back and choosing muscles, on the bundled content, without a toolkit. */
class MusclesViewModelTest {

    private static List<Muscle> muscles;

    @BeforeAll
    static void load() {
        muscles = Library.open(Path.of("no-clinic-folder"), new ContentLoader()).in("en").muscles().muscles();
    }

    private static Muscle muscle(String id) {
        return muscles.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(MusclesViewModel model, java.util.function.Predicate<Muscle> which) {
        return muscles.stream().filter(which).map(Muscle::id).toList();
    }

    @Test
    void eachLayerPeelsTheLayersAboveIt() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        assertEquals(Layer.SURFACE, model.layerProperty().get(), "it opens on the surface, as a back looks");
        assertEquals(muscles.stream().map(Muscle::id).toList(), ids(model, model::visible), "everything is there, layer on layer");
        assertEquals(List.of("trapezius", "latissimus-dorsi"), ids(model, model::tappable));

        model.showLayer(Layer.MIDDLE);
        assertTrue(model.peeled(Layer.SURFACE));
        assertFalse(model.peeled(Layer.MIDDLE));
        assertEquals(List.of("multifidi", "erector-spinae", "iliocostalis", "longissimus", "spinalis"), ids(model, model::visible));
        assertEquals(List.of("erector-spinae", "iliocostalis", "longissimus", "spinalis"), ids(model, model::tappable));

        model.showLayer(Layer.DEEP);
        assertEquals(List.of("multifidi"), ids(model, model::visible));
        assertEquals(List.of("multifidi"), ids(model, model::tappable));

        model.showLayer(Layer.BONE);
        assertEquals(List.of(), ids(model, model::visible), "only the bones are left");
        assertEquals(List.of(), ids(model, model::tappable));
        assertFalse(model.peeled(Layer.BONE));

        model.showLayer(Layer.SURFACE);
        assertEquals(muscles.size(), ids(model, model::visible).size(), "the layers go back on");
    }

    @Test
    void aTapChoosesAndASecondTapLetsGo() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        Muscle trapezius = muscle("trapezius");
        model.tap(trapezius.id());
        assertEquals(trapezius, model.selectedProperty().get());
        assertTrue(model.highlighted(trapezius));
        assertFalse(model.dimmed(trapezius));
        assertTrue(muscles.stream().filter(m -> m != trapezius).allMatch(model::dimmed));
        model.tap(trapezius.id());
        assertNull(model.selectedProperty().get());
        model.tap(trapezius.id());
        model.clear();
        assertNull(model.selectedProperty().get());
        model.tap("no-such-muscle");
        assertNull(model.selectedProperty().get());
    }

    @Test
    void onlyTheLayerShownCanBeChosenAndSwitchingLayersLetsGo() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        Muscle deep = muscle("multifidi");
        assertFalse(model.tappable(deep));
        model.tap(deep.id());
        assertNull(model.selectedProperty().get(), "a deep muscle is not chosen while the surface covers it");
        model.tap("trapezius");
        model.showLayer(Layer.DEEP);
        assertNull(model.selectedProperty().get());
        assertTrue(model.tappable(deep));
        model.tap(deep.id());
        model.showLayer(Layer.DEEP);
        assertEquals(deep, model.selectedProperty().get(), "the same layer again keeps the choice");
        model.showLayer(Layer.BONE);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void aColumnOfTheErectorSpinaeShowsItsGroupAndTheGroupLightsAllItsColumns() {
        MusclesViewModel model = new MusclesViewModel(muscles);
        model.showLayer(Layer.MIDDLE);
        Muscle group = muscle("erector-spinae");
        Muscle longissimus = muscle("longissimus");
        assertEquals(List.of(muscle("iliocostalis"), longissimus, muscle("spinalis")), model.parts(group));
        assertEquals(group, model.group(longissimus).orElseThrow());
        assertTrue(model.group(group).isEmpty());

        model.tap(longissimus.id());
        assertTrue(model.highlighted(longissimus));
        assertTrue(model.lit(group), "its group is lit");
        assertTrue(model.lit(muscle("iliocostalis")) && model.lit(muscle("spinalis")), "and the other two columns");
        assertTrue(model.dimmed(muscle("multifidi")));
        assertFalse(model.dimmed(muscle("spinalis")));

        model.tap(group.id());
        for (Muscle part : model.parts(group)) {
            assertTrue(model.highlighted(part), part.id() + " is part of the group chosen");
            assertFalse(model.lit(part));
        }
        assertTrue(model.highlighted(group));
        assertTrue(model.dimmed(muscle("multifidi")));
    }
}
