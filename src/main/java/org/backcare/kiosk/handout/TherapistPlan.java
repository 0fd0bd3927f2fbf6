package org.backcare.kiosk.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * The exercises a therapist gathers for one patient's handout, in the order they were added. It
 * lives in memory only, is never written anywhere, and is emptied by the idle reset, so the next
 * person never sees the last one's plan.
 */
public final class TherapistPlan {

    /** More would not fit the two pages of a handout a patient reads. */
    public static final int MAX_EXERCISES = 12;

    private final List<String> exercises = new ArrayList<>();

    /** Adds an exercise at the end; false when it is there already or the plan is full. */
    public boolean add(String exerciseId) {
        if (exercises.contains(exerciseId) || exercises.size() >= MAX_EXERCISES) {
            return false;
        }
        return exercises.add(exerciseId);
    }

    public boolean remove(String exerciseId) {
        return exercises.remove(exerciseId);
    }

    public boolean contains(String exerciseId) {
        return exercises.contains(exerciseId);
    }

    public boolean isFull() {
        return exercises.size() >= MAX_EXERCISES;
    }

    /** The exercises, in order; a copy. */
    public List<String> exercises() {
        return List.copyOf(exercises);
    }

    public int size() {
        return exercises.size();
    }

    public boolean isEmpty() {
        return exercises.isEmpty();
    }

    public void clear() {
        exercises.clear();
    }

}
