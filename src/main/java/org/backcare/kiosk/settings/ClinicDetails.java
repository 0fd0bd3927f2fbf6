package org.backcare.kiosk.settings;

/**
 * What a clinic puts on its take-home handouts: its name and phone number (printed at the top of
 * every handout), and an address for the QR code to hold instead of the plan's text. Each is null
 * when the clinic has not set it.
 *
 * @param name       the clinic's name, e.g. "Riverside Physio"
 * @param phone      the clinic's phone number, e.g. "+1 555-0100"
 * @param handoutUrl an http(s) address the QR code holds instead of the plan as text
 */
public record ClinicDetails(String name, String phone, String handoutUrl) {

    public static final ClinicDetails NONE = new ClinicDetails(null, null, null);

    /** The most characters of the clinic's name: it must fit one line of the handout. */
    public static final int MAX_NAME = 80;
    /** The most characters of an address: a short one keeps the QR code's squares large. */
    public static final int MAX_URL = 300;
}
