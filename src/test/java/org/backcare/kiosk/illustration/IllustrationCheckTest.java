package org.backcare.kiosk.illustration;

import com.fasterxml.jackson.databind.node.ArrayNode;
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

/** Pictures and content must fit together; bad drawing and pose data is reported with its place. */
class IllustrationCheckTest {

    @TempDir
    Path dir;
    ContentFixture content;

    @BeforeEach
    void copy() {
        // A clinic's own copy of the drawings, to break.
        content = ContentFixture.copyOfBundled(dir).withBundledMedia("anatomy/back.json", "bodymap/body.json");
    }

    private List<String> problems() {
        return content.load().problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBundledPicturesFit() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aMuscleWithoutARegionAndARegionWithoutAMuscle() {
        content.edit("media/anatomy/back.json", d -> {
            ArrayNode shapes = (ArrayNode) d.get("shapes");
            for (int i = 0; i < shapes.size(); i++) {
                if ("erector-spinae".equals(shapes.get(i).path("region").asText())) {
                    ((ObjectNode) shapes.get(i)).put("region", "obliques");
                }
            }
        });
        List<String> problems = problems();
        assertTrue(problems.contains("clinical/muscles.json $.muscles[1].id: the drawing anatomy/back.json has no region"
                + " \"erector-spinae\" to show this muscle"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("media/anatomy/back.json $.shapes[")
                && p.contains("].region: no muscle has the id \"obliques\"")), problems::toString);
    }

    @Test
    void aPainSourceNamingAnAreaTheMapDoesNotHave() {
        content.edit("clinical/causes.json", c -> ((ArrayNode) c.at("/causes/2/sources/0/areas")).add("area-knee"));
        assertEquals(List.of("clinical/causes.json $.causes[2].sources[0].areas[3]: the body map bodymap/body.json has no area \"area-knee\""),
                problems());
    }

    @Test
    void aBrokenDrawingIsReportedInItsOwnFile() {
        content.edit("media/bodymap/body.json", d -> {
            d.put("width", "wide");
            at(d, "/shapes/0").put("kind", "blob");
        });
        List<String> problems = problems();
        assertTrue(problems.contains("media/bodymap/body.json $.width: must be a whole number, got \"wide\""), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("media/bodymap/body.json $.shapes[0].kind: must be one of")), problems::toString);
    }

    @Test
    void aPoseMissingAJointOrWithAnAngleOutOfRange() {
        content.edit("clinical/exercises.json", e -> {
            at(e, "/exercises/0/poses/0/angles").remove("thigh");
            at(e, "/exercises/1/poses/1/angles").put("shin", 720);
        });
        assertEquals(List.of(
                "clinical/exercises.json $.exercises[0].poses[0].angles.thigh: is missing; this field is required",
                "clinical/exercises.json $.exercises[1].poses[1].angles.shin: must be between -360 and 360 degrees, got 720"),
                problems());
    }

    @Test
    void aPoseThroughTheFloorIsRefusedNamingTheExerciseTheFrameAndThePart() {
        // lying face down, the near arm pointed at the floor
        content.edit("clinical/exercises.json", e -> at(e, "/exercises/4/poses/0/angles").put("upperArm", -90)
                .put("forearm", -90).put("hand", -90).put("farUpperArm", 187).put("farForearm", 187).put("farHand", 180));
        List<String> problems = problems();
        assertTrue(problems.contains("clinical/exercises.json $.exercises[4].poses[0]: lying-face-down, the pose \"start\": "
                + "the near hand is 49 units below the floor"), problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.contains("far ")), "the far arm lies by the side: " + problems);
        assertEquals(0, problems.stream().filter(p -> p.contains("of the way") && p.contains("near hand is")).count(),
                "a part's fault already named at the pose is not named again at every frame after it: " + problems);
    }

    @Test
    void anExerciseNeedsAStartAndAnEndPose() {
        content.edit("clinical/exercises.json", e -> ((ArrayNode) e.at("/exercises/2/poses")).remove(2));
        content.edit("clinical/exercises.json", e -> ((ArrayNode) e.at("/exercises/2/poses")).remove(1));
        assertEquals(List.of("clinical/exercises.json $.exercises[2].poses: needs at least two poses, a start and an end"), problems());
    }
}
