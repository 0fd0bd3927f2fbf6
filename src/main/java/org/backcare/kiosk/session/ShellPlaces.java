package org.backcare.kiosk.session;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** The places in the shell the session fills or shows: implemented by the shell, so the session needs no shell class. */
public interface ShellPlaces {

    /** Sizes the staff corner to the empty place at the start of the app bar. */
    void fitStaffCorner(Region corner, double attractSize);

    /** Shows or hides the empty place under the staff corner. */
    void showStaffSpace(boolean show);

    /** The panel beside the screens (the therapist's list), or null for none. */
    void setSidePanel(Node panel);

    /** A button at the end of the app bar (the therapist panel's toggle), or null for none. */
    void setExtraButton(Node button);

    /** Opens or closes the text-size and contrast strip. */
    void showLookChoices(boolean show);

    /** Stops reading aloud, and forgets that the person used the keyboard (the idle reset does this). */
    void stopReading();
}
