package org.backcare.kiosk.ui;

import java.io.InputStream;
import java.net.URL;

/** The one place that finds the kiosk's own resources; a missing one fails loudly, naming its path. */
public final class Resources {

    private Resources() {
    }

    /** An absolute resource path inside the module, like "/org/backcare/kiosk/theme/kiosk.css". */
    public static URL require(String path) {
        URL url = Resources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing resource: " + path);
        }
        return url;
    }

    public static InputStream open(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource: " + path);
        }
        return in;
    }
}
