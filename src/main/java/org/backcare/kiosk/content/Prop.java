package org.backcare.kiosk.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the exercise figure lies, sits or stands on. */
public enum Prop {
    @JsonProperty("mat") MAT,
    @JsonProperty("chair") CHAIR,
    @JsonProperty("floor") FLOOR
}
