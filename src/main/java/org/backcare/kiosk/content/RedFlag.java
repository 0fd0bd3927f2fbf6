package org.backcare.kiosk.content;

/** A warning sign that means a doctor should look at the back pain. */
public record RedFlag(String id, String sign, String why, Urgency urgency) {
}
