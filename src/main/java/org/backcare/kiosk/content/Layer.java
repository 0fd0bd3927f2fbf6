package org.backcare.kiosk.content;

/** How far from the skin a muscle lies. */
public enum Layer {
    DEEP,
    SUPERFICIAL
}
