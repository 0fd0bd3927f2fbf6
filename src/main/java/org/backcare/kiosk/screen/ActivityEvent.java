package org.backcare.kiosk.screen;

import javafx.event.Event;
import javafx.event.EventType;

import java.time.Instant;

/**
 * Fired by a screen whose running activity should count as someone being there (a hold timer
 * counting down) until {@link #until()}; the kiosk session then holds off the idle reset until
 * that time. A time that has passed ends it.
 */
public final class ActivityEvent extends Event {

    private static final long serialVersionUID = 1L;

    public static final EventType<ActivityEvent> ACTIVE_UNTIL = new EventType<>(Event.ANY, "KIOSK_ACTIVE_UNTIL");

    private final transient Instant until;

    public ActivityEvent(Instant until) {
        super(ACTIVE_UNTIL);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
