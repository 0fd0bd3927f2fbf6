package org.backcare.kiosk.content;

/** How soon a person should see a doctor. */
public enum Urgency {
    /** Self-care is reasonable; see someone if it does not get better. */
    SELF_CARE,
    /** Book a visit with a doctor soon. */
    SEE_DOCTOR,
    /** Get medical care today. */
    TODAY
}
