package org.backcare.kiosk.illustration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcare.kiosk.content.ContentFixture;
import org.backcare.kiosk.content.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.backcare.kiosk.content.ContentFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anatomy's layers: each muscle, its group and its shapes lie in one layer; problems name the file and the place. */
class AnatomyCheckTest {

    @TempDir
    Path dir;
    ContentFixture content;

    @BeforeEach
    void copy() {
        content = ContentFixture.copyOfBundled(dir).withBundledMedia("anatomy/back.json");
    }

    private List<String> problems() {
        return content.load().problems().stream().map(Problem::toString).toList();
    }

    /** The index of the muscle in clinical/muscles.json. */
    private static int muscle(String id) {
        return List.of("multifidi", "erector-spinae", "iliocostalis", "longissimus", "spinalis", "trapezius",
                "latissimus-dorsi").indexOf(id);
    }

    /** The index of the shape with this id in the drawing. */
    private static int shape(JsonNode drawing, String id) {
        for (int i = 0; i < drawing.path("shapes").size(); i++) {
            if (id.equals(drawing.path("shapes").get(i).path("id").asText())) {
                return i;
            }
        }
        throw new AssertionError("no shape " + id);
    }

    @Test
    void theBundledAnatomyHasItsLayersInOrder() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aMuscleDoesNotLieInTheBones() {
        content.edit("clinical/muscles.json", n -> at(n, "/muscles/" + muscle("trapezius")).put("layer", "bone"));
        List<String> problems = problems();
        assertTrue(problems.contains("clinical/muscles.json $.muscles[5].layer: a muscle lies in the \"surface\", \"middle\" or \"deep\" layer"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("media/anatomy/back.json $.shapes[")
                && p.endsWith("].layer: the bone layer holds the muscle \"trapezius\", so its muscle lies there too, not in the surface layer")),
                problems::toString);
    }

    @Test
    void aColumnLiesInItsGroupsLayer() {
        content.edit("clinical/muscles.json", n -> at(n, "/muscles/" + muscle("longissimus")).put("layer", "deep"));
        assertTrue(problems().contains("clinical/muscles.json $.muscles[3].layer: lies in the deep layer, but its group"
                + " \"erector-spinae\" in the middle layer; a group's parts lie in its layer"), problems()::toString);
    }

    @Test
    void aGroupHoldsMusclesNotItselfNorOtherGroups() {
        content.edit("clinical/muscles.json", n -> {
            at(n, "/muscles/" + muscle("iliocostalis")).put("partOf", "iliocostalis");
            at(n, "/muscles/" + muscle("spinalis")).put("partOf", "longissimus");
        });
        List<String> problems = problems();
        assertTrue(problems.contains("clinical/muscles.json $.muscles[2].partOf: a muscle cannot be part of itself"), problems::toString);
        assertTrue(problems.contains("clinical/muscles.json $.muscles[4].partOf: \"longissimus\" is itself part of \"erector-spinae\";"
                + " a group holds muscles, not other groups"), problems::toString);
    }

    @Test
    void aGroupThatDoesNotExistIsNamed() {
        content.edit("clinical/muscles.json", n -> at(n, "/muscles/" + muscle("spinalis")).put("partOf", "obliques"));
        assertTrue(problems().stream().anyMatch(p -> p.startsWith("clinical/muscles.json $.muscles[4].partOf:") && p.contains("obliques")),
                problems()::toString);
    }

    @Test
    void fibresAndTendonsBelongToAMuscleInItsLayer() {
        int[] where = new int[2];
        content.edit("media/anatomy/back.json", d -> {
            where[0] = shape(d, "trapezius-fibres");
            where[1] = shape(d, "latissimus-tendon");
            ((ObjectNode) d.path("shapes").get(where[0])).remove("layer");
            ((ObjectNode) d.path("shapes").get(where[1])).put("region", "obliques");
        });
        List<String> problems = problems();
        assertTrue(problems.contains("media/anatomy/back.json $.shapes[" + where[0]
                + "].layer: a fibre needs a layer: \"surface\", \"middle\" or \"deep\""), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("media/anatomy/back.json $.shapes[" + where[1]
                + "].region: no muscle has the id \"obliques\"")), problems::toString);
    }
}
