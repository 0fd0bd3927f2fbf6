package org.backcare.kiosk.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a drawing's shape shows; each kind has a style in the theme. */
public enum ShapeKind {
    @JsonProperty("outline") OUTLINE,
    @JsonProperty("bone") BONE,
    @JsonProperty("faint") FAINT,
    @JsonProperty("muscle") MUSCLE,
    @JsonProperty("source") SOURCE,
    @JsonProperty("area") AREA
}
