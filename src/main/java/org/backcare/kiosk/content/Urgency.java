package org.backcare.kiosk.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How soon a person should see a doctor. */
public enum Urgency {
    /** Self-care is reasonable; see someone if it does not get better. */
    @JsonProperty("self-care") SELF_CARE,
    /** Book a visit with a doctor soon. */
    @JsonProperty("see-doctor") SEE_DOCTOR,
    /** Get medical care today. */
    @JsonProperty("today") TODAY
}
