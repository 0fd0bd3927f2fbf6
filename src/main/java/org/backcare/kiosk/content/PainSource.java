package org.backcare.kiosk.content;

import java.util.List;

/**
 * Something that can send pain to the back: an organ or a joint of the spine.
 *
 * @param feltIn     where the pain may be felt, in plain words
 * @param seeDoctor  whether the kiosk should advise seeing a doctor about this source
 * @param areas      the body map's regions where its pain may be felt (the source itself is the
 *                   body map's region named by its id)
 */
public record PainSource(String id, @MaxLength(value = MaxLength.NAME, what = "a name") String name, String feltIn, String explanation, boolean seeDoctor,
                         List<String> areas) {
    public PainSource {
        areas = List.copyOf(areas);
    }
}
