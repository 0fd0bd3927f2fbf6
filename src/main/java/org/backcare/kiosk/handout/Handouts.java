package org.backcare.kiosk.handout;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Placeholders;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;
import org.backcare.kiosk.illustration.FigureDrawing;
import org.backcare.kiosk.picker.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Builds handouts from one language's content: for a picker result (the exercises it offers the
 * person), for one exercise, or for a therapist's list of exercises. Every text comes from that
 * language's content and UI strings; nothing the person answered is put on the handout.
 *
 * @param content         the content in the person's language
 * @param clinicName      the clinic's name, or null
 * @param clinicPhone     the clinic's phone number, or null
 * @param emergencyNumber the number that fills {@code {emergencyNumber}} (content loaded through
 *                        {@code Library.withEmergencyNumber} has it filled already)
 * @param handoutUrl      an address the QR code should hold instead of the plan's text, or null
 */
public record Handouts(Content content, String clinicName, String clinicPhone, String emergencyNumber,
                       String handoutUrl) {

    private static final String PLACEHOLDER = "{" + Placeholders.EMERGENCY_NUMBER + "}";

    /** The handout of a picker's end: its result, and only the exercises offered to this person. */
    public Handout forResult(Step.Finish finish, LocalDate date) {
        return build(finish.result().title(), finish.result().advice(), finish.exercises(), date);
    }

    /** The handout of one exercise. */
    public Handout forExercise(String exerciseId, LocalDate date) {
        return build(null, List.of(), List.of(exerciseId), date);
    }

    /** A therapist's plan: these exercises, in this order. */
    public Handout forPlan(List<String> exerciseIds, LocalDate date) {
        return build(null, List.of(), exerciseIds, date);
    }

    private Handout build(String subtitle, List<String> advice, List<String> exerciseIds, LocalDate date) {
        String lang = content.language().id();
        HandoutLabels labels = HandoutLabels.of(lang);
        List<Handout.Item> items = new ArrayList<>();
        for (String id : exerciseIds) {
            Exercise e = content.exercises().exercise(id)
                    .orElseThrow(() -> new NoSuchElementException("no exercise " + id + " in " + lang));
            items.add(new Handout.Item(e.id(), fill(e.name()), fill(e.steps()), e.holdSeconds(), e.repetitions(),
                    fill(e.howOften()), new FigureDrawing(e),
                    e.holdSeconds() > 0 ? labels.hold(e.holdSeconds()) : null, labels.repeat(e.repetitions())));
        }
        List<String> flags = new ArrayList<>();
        for (RedFlag flag : content.doctor().redFlags()) {
            if (flag.urgency() != Urgency.EMERGENCY) {
                flags.add(fill(flag.sign()));
            }
        }
        Handout draft = new Handout(lang, labels.title(), subtitle == null ? null : fill(subtitle), fill(advice),
                clinicName, clinicPhone, date, labels.date(date), items, fill(content.exercises().stopRule()),
                emergencyNumber, fill(content.doctor().callNow()), fill(content.doctor().emergencyNote()), flags,
                labels, "");
        String qr = handoutUrl != null && !handoutUrl.isBlank() ? handoutUrl.strip() : PlanText.of(draft);
        return new Handout(lang, draft.title(), draft.subtitle(), draft.advice(), clinicName, clinicPhone, date,
                draft.dateText(), items, draft.stopRule(), emergencyNumber, draft.callNow(), draft.emergencyNote(),
                flags, labels, qr);
    }

    private String fill(String text) {
        return text == null ? null : text.replace(PLACEHOLDER, emergencyNumber);
    }

    private List<String> fill(List<String> texts) {
        return texts.stream().map(this::fill).toList();
    }
}
