package org.backcare.kiosk.app;

import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.illustration.AnatomyCheck;
import org.backcare.kiosk.illustration.IllustrationCheck;
import org.backcare.kiosk.picker.PickerRulesCheck;

/** The content loader with every whole-content check, as the kiosk and the validator use it. */
public final class ContentChecks {

    private ContentChecks() {
    }

    public static ContentLoader loader() {
        return new ContentLoader(new PickerRulesCheck(), new IllustrationCheck(), new AnatomyCheck());
    }
}
