package org.backcare.kiosk.content;

import java.util.List;

/**
 * Something that can send pain to the back: an organ or a joint of the spine.
 *
 * @param feltIn     where the pain may be felt, in plain words
 * @param urgency    how soon to see a doctor about pain from this source ({@code self-care} when
 *                   it needs no doctor message, e.g. the spine's joints)
 * @param areas      the body map's regions where its pain may be felt (the source itself is the
 *                   body map's region named by its id); names, not words, so the same in every language
 */
public record PainSource(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, String feltIn,
                         String explanation, Urgency urgency, @Neutral List<String> areas) {
    public PainSource {
        areas = List.copyOf(areas);
    }
}
