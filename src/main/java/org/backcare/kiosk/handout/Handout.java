package org.backcare.kiosk.handout;

import org.backcare.kiosk.illustration.FigureDrawing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person takes home: a plan of exercises with the rules for when to stop and when to get
 * help, in the person's language. It holds no name and none of the person's answers: only
 * content texts, the clinic's name and phone, and the date.
 *
 * @param language      the language id of every text
 * @param title         the heading ("Exercises for your back")
 * @param subtitle      the picker result's title, or null for a single exercise or a therapist's plan
 * @param advice        the picker result's advice, or empty
 * @param clinicName    the clinic's name, or null
 * @param clinicPhone   the clinic's phone number, or null
 * @param date          the day the handout is made
 * @param dateText      that day, written out in the language
 * @param exercises     the exercises, in order (may be empty: a "see a doctor" result)
 * @param stopRule      when to stop an exercise and get help
 * @param emergencyNumber the number to call in an emergency
 * @param callNow       the call to action, with the number filled in ("Call 911 now")
 * @param emergencyNote the emergency signs and what to do, with the number filled in
 * @param redFlags      the other warning signs (less urgent than an emergency)
 * @param labels        the fixed words of the handout, in the language
 * @param qrText        what the QR code holds: the plan as plain text, or the handout's address
 */
public record Handout(String language, String title, String subtitle, List<String> advice,
                      String clinicName, String clinicPhone, LocalDate date, String dateText,
                      List<Item> exercises, List<String> stopRule, String emergencyNumber, String callNow,
                      String emergencyNote, List<String> redFlags, HandoutLabels labels, String qrText) {

    public Handout {
        advice = List.copyOf(advice);
        exercises = List.copyOf(exercises);
        stopRule = List.copyOf(stopRule);
        redFlags = List.copyOf(redFlags);
    }

    /**
     * One exercise of the plan.
     *
     * @param figure     the exercise's figure: drawn at its start and at its end
     * @param holdText   "Hold: 20 seconds", or null when the exercise has no hold
     * @param repeatText "Repeat: 3 times"
     */
    public record Item(String id, String name, List<String> steps, int holdSeconds, int repetitions,
                       String howOften, FigureDrawing figure, String holdText, String repeatText) {
        public Item {
            steps = List.copyOf(steps);
        }
    }

    /** The clinic line ("Riverside Physio · 555-0100"), or null when neither is known. */
    public String clinicLine() {
        boolean name = clinicName != null && !clinicName.isBlank();
        boolean phone = clinicPhone != null && !clinicPhone.isBlank();
        if (name && phone) {
            return clinicName.strip() + "  \u00b7  " + clinicPhone.strip();
        }
        return name ? clinicName.strip() : phone ? clinicPhone.strip() : null;
    }
}
