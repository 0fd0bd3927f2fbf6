package org.backcare.kiosk.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far from the skin a muscle lies. */
public enum Layer {
    @JsonProperty("deep") DEEP,
    @JsonProperty("superficial") SUPERFICIAL
}
