package org.backcare.kiosk.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way an exercise moves the low back. */
public enum Direction {
    /** Bending forward: eases pain that standing and walking bring on. */
    @JsonProperty("flexion") FLEXION,
    /** Bending backward: eases pain that sitting and bending bring on. */
    @JsonProperty("extension") EXTENSION,
    /** Neither: walking, changing position, gentle movement. */
    @JsonProperty("general") GENERAL
}
