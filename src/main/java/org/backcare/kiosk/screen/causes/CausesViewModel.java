package org.backcare.kiosk.screen.causes;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backcare.kiosk.content.PainSource;

import java.util.List;
import java.util.Set;

/**
 * The body map of causes: the source of pain chosen, and the areas where it is felt, which the map
 * lights. A second tap on the chosen source, or a tap beside the figures, lets it go.
 */
public final class CausesViewModel {

    private final List<PainSource> sources;
    private final ReadOnlyObjectWrapper<PainSource> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public CausesViewModel(List<PainSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<PainSource> sources() {
        return sources;
    }

    /** A tap on a source: chooses it, or lets it go when it was chosen. */
    public void tap(String sourceId) {
        PainSource source = sources.stream().filter(s -> s.id().equals(sourceId)).findFirst().orElse(null);
        selected.set(source == selected.get() ? null : source);
    }

    public void clear() {
        selected.set(null);
    }

    /** The areas lit on the map: where the chosen source is felt. */
    public Set<String> litAreas() {
        return selected.get() == null ? Set.of() : Set.copyOf(selected.get().areas());
    }

    /** Whether a source is drawn dimmed: another one is chosen. */
    public boolean dimmed(PainSource source) {
        return selected.get() != null && selected.get() != source;
    }

    /** The source chosen, or null. */
    public ReadOnlyObjectProperty<PainSource> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
