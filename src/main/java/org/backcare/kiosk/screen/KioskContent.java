package org.backcare.kiosk.screen;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.picker.PickerEngine;

/**
 * The content of one language with its one picker engine: built once per loaded content and handed
 * to every screen, so no screen builds an engine of its own.
 */
public record KioskContent(Content content, PickerEngine picker) {

    public static KioskContent of(Content content) {
        return new KioskContent(content, new PickerEngine(content.picker(), content.exercises()));
    }
}
