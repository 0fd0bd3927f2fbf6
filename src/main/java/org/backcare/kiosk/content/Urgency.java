package org.backcare.kiosk.content;

/**
 * How soon a person should be seen, from least to most urgent: the order is used to check that
 * the picker never gives a result less urgent than a warning sign the person chose.
 */
public enum Urgency {
    /** Self-care is reasonable; see someone if it does not get better. No doctor message. */
    SELF_CARE,
    /** Mention it at a routine visit, or ask a therapist or doctor before going on. */
    ROUTINE,
    /** See a doctor soon: within a few days. */
    SOON,
    /** See a doctor today. */
    TODAY,
    /** Emergency now: call the emergency number or go to the emergency room. */
    EMERGENCY;

    /** Whether this calls for a doctor (any level above self-care). */
    public boolean seeDoctor() {
        return this != SELF_CARE;
    }

    /** The more urgent of the two. */
    public Urgency max(Urgency other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
