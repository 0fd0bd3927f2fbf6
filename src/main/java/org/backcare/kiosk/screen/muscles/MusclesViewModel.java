package org.backcare.kiosk.screen.muscles;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;

import java.util.List;
import java.util.Optional;

/**
 * The layered back: the layer shown and the muscle chosen. Showing a layer peels away every layer
 * above it (showing the bones peels away every muscle); only muscles of the layer shown can be
 * chosen. Choosing a group (the erector spinae) lights all its parts; choosing a part lights it and
 * shows its group beside it. A second tap on the chosen one, or a tap beside the muscles, lets it go.
 */
public final class MusclesViewModel {

    private final List<Muscle> muscles;
    private final ReadOnlyObjectWrapper<Layer> layer = new ReadOnlyObjectWrapper<>(this, "layer", Layer.SURFACE);
    private final ReadOnlyObjectWrapper<Muscle> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public MusclesViewModel(List<Muscle> muscles) {
        this.muscles = List.copyOf(muscles);
    }

    public List<Muscle> muscles() {
        return muscles;
    }

    /** Shows a layer, peeling those above it; a muscle chosen on another layer is let go. */
    public void showLayer(Layer shown) {
        layer.set(shown);
        if (selected.get() != null && selected.get().layer() != shown) {
            selected.set(null);
        }
    }

    /** A tap on a muscle: chooses it, or lets it go when it was chosen. */
    public void tap(String muscleId) {
        Muscle muscle = muscle(muscleId).orElse(null);
        if (muscle == null || !tappable(muscle) || muscle == selected.get()) {
            selected.set(null);
        } else {
            selected.set(muscle);
        }
    }

    /** A tap beside the muscles. */
    public void clear() {
        selected.set(null);
    }

    /** Whether a layer is peeled away now: it lies over the layer shown. */
    public boolean peeled(Layer of) {
        return of.above(layer.get());
    }

    /** Whether a muscle is drawn now: its layer is not peeled away. It may still lie under another. */
    public boolean visible(Muscle muscle) {
        return !peeled(muscle.layer());
    }

    /** Whether a muscle can be tapped now: it is on the layer shown, so nothing covers it. */
    public boolean tappable(Muscle muscle) {
        return muscle.layer() == layer.get();
    }

    /** Whether a muscle is drawn highlighted: it is the one chosen, or a part of the group chosen. */
    public boolean highlighted(Muscle muscle) {
        Muscle chosen = selected.get();
        return chosen != null && (muscle == chosen || chosen.id().equals(muscle.partOf()));
    }

    /** Whether a muscle is drawn lit, less than highlighted: a part is chosen, and this is its group or another part of it. */
    public boolean lit(Muscle muscle) {
        Muscle chosen = selected.get();
        return chosen != null && chosen.partOf() != null && !highlighted(muscle)
                && (chosen.partOf().equals(muscle.id()) || chosen.partOf().equals(muscle.partOf()));
    }

    /** Whether a muscle is drawn dimmed: another one is chosen, and it is not of the same group. */
    public boolean dimmed(Muscle muscle) {
        return selected.get() != null && !highlighted(muscle) && !lit(muscle);
    }

    /** The group a muscle is part of, if any. */
    public Optional<Muscle> group(Muscle muscle) {
        return muscle.partOf() == null ? Optional.empty() : muscle(muscle.partOf());
    }

    /** The parts of a group, in content order; none for a single muscle. */
    public List<Muscle> parts(Muscle group) {
        return muscles.stream().filter(m -> group.id().equals(m.partOf())).toList();
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
