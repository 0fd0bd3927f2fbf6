package org.backcare.kiosk.screen.muscles;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;

import java.util.List;
import java.util.Optional;

/**
 * The muscles diagram: the layer shown and the muscle chosen. Only muscles of the layer shown can be
 * chosen; a second tap on the chosen one, or a tap beside the muscles, lets it go.
 */
public final class MusclesViewModel {

    private final List<Muscle> muscles;
    private final ReadOnlyObjectWrapper<Layer> layer = new ReadOnlyObjectWrapper<>(this, "layer", Layer.SUPERFICIAL);
    private final ReadOnlyObjectWrapper<Muscle> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public MusclesViewModel(List<Muscle> muscles) {
        this.muscles = List.copyOf(muscles);
    }

    public List<Muscle> muscles() {
        return muscles;
    }

    /** Shows a layer; a muscle chosen on the other layer is let go. */
    public void showLayer(Layer shown) {
        layer.set(shown);
        if (selected.get() != null && selected.get().layer() != shown) {
            selected.set(null);
        }
    }

    /** A tap on a muscle: chooses it, or lets it go when it was chosen. */
    public void tap(String muscleId) {
        Muscle muscle = muscle(muscleId).orElse(null);
        if (muscle == null || muscle.layer() != layer.get() || muscle == selected.get()) {
            selected.set(null);
        } else {
            selected.set(muscle);
        }
    }

    /** A tap beside the muscles. */
    public void clear() {
        selected.set(null);
    }

    /** Whether a muscle can be tapped now: it is on the layer shown. */
    public boolean tappable(Muscle muscle) {
        return muscle.layer() == layer.get();
    }

    /** Whether a muscle is drawn dimmed: another one is chosen. */
    public boolean dimmed(Muscle muscle) {
        return selected.get() != null && selected.get() != muscle;
    }

    public ReadOnlyObjectProperty<Layer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    /** The muscle chosen, or null. */
    public ReadOnlyObjectProperty<Muscle> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private Optional<Muscle> muscle(String id) {
        return muscles.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
