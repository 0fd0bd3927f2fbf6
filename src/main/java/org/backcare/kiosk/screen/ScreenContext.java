package org.backcare.kiosk.screen;

import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Audio;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.picker.PickerEngine;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.ResourceBundle;

/**
 * What every screen controller is given: the content, the navigator, UI strings, its route, the
 * clock, the person's language, text size and contrast, the picker engine of the loaded content, and
 * what a person can take home (handouts, printing, the therapist's plan), and the kiosk's audio
 * (tones and voice).
 */
public record ScreenContext(Content content, Navigator navigator, ResourceBundle messages, Route route, Clock clock,
                            Appearance appearance, PickerEngine picker, TakeHome takeHome, Audio audio) {

    public String text(String key) {
        return messages.getString(key);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
