package org.backcare.kiosk.content;

import org.backcare.kiosk.files.JsonTree;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The records are built through their own constructors, from the JSON spellings the content uses. */
class RecordBinderTest {

    private static JsonNode json(String text) throws IOException {
        return JsonTree.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersTextsAndNestedRecords() throws IOException {
        Pose pose = RecordBinder.bind(json("""
                {"name": "start", "hipX": -12.5, "hipY": 40,
                 "angles": {"trunk": 180, "head": 180, "upperArm": 270, "forearm": 270, "thigh": 90, "shin": 0,
                            "farShin": 10}}"""), Pose.class);
        assertEquals("start", pose.name());
        assertEquals(-12.5, pose.hipX());
        assertEquals(40.0, pose.hipY(), "a whole number where a number is expected");
        assertEquals(90.0, pose.angles().thigh());
        assertEquals(10.0, pose.angles().farShin());
        assertEquals(90.0, pose.angles().farThigh(), "an omitted number reaches the constructor as null");
    }

    @Test
    void omittedFieldsReachTheRecordsOwnDefaults() throws IOException {
        Rule rule = RecordBinder.bind(json("{\"result\": \"gentle-flexion\"}"), Rule.class);
        assertEquals(Condition.ALWAYS, rule.when(), "Rule's constructor turns a missing condition into ALWAYS");
        assertNull(rule.ask());
        Condition condition = RecordBinder.bind(json("{\"any\": [\"a\", \"b\"]}"), Condition.class);
        assertEquals(List.of("a", "b"), condition.any());
        assertEquals(List.of(), condition.all());
    }

    @Test
    void choicesUseTheirJsonSpellingAndListsCannotBeChanged() throws IOException {
        Exercise exercise = RecordBinder.bind(json("""
                {"id": "x", "name": "X", "direction": "extension", "purpose": "p", "steps": ["one", "two"],
                 "holdSeconds": 5, "repetitions": 3, "howOften": "daily", "cautions": ["c"], "sources": ["s"],
                 "prop": "mat", "poses": []}"""), Exercise.class);
        assertEquals(Direction.EXTENSION, exercise.direction());
        assertEquals(Prop.MAT, exercise.prop());
        assertEquals(List.of("one", "two"), exercise.steps());
        assertThrows(UnsupportedOperationException.class, () -> exercise.steps().add("three"));
    }

    /** The spellings authors write, as CONTENT.md gives them: each constant's name, lower case, hyphenated. */
    @Test
    void everyChoiceIsSpelledAsTheAuthorsGuideSays() {
        assertEquals(List.of("self-care", "routine", "soon", "today", "emergency"), ShapeCheck.choices(Urgency.class));
        assertEquals(List.of("flexion", "extension", "general"), ShapeCheck.choices(Direction.class));
        assertEquals(List.of("surface", "middle", "deep", "bone"), ShapeCheck.choices(Layer.class));
        assertEquals(List.of("mat", "chair", "floor", "wall"), ShapeCheck.choices(Prop.class));
        assertEquals(List.of("head", "shoulders", "upper-back", "low-back", "pelvis", "hands", "forearms", "elbows",
                "thighs", "knees", "shins", "feet", "toes"), ShapeCheck.choices(BodyPart.class));
        assertEquals(List.of("floor", "seat", "wall"), ShapeCheck.choices(Surface.class));
        assertEquals(List.of("neck", "upper-back", "low-back", "hip", "knee", "ankle", "shoulder", "elbow", "wrist"),
                ShapeCheck.choices(JointLimit.Joint.class));
        assertEquals(List.of("low-back", "upper-back", "belly", "hamstrings"), ShapeCheck.choices(BodyRegion.class));
        assertEquals(List.of("outline", "bone", "faint", "muscle", "source", "area", "fibre", "tendon", "other-muscle"),
                ShapeCheck.choices(ShapeKind.class));
    }

    @Test
    void aSpellingThatIsNotAChoiceIsRefused() throws IOException {
        JsonNode muscle = json("""
                {"id": "m", "name": "M", "layer": "DEEP", "summary": "s", "role": "r", "facts": ["f"],
                 "howItHurts": "h"}""");
        assertThrows(IllegalArgumentException.class, () -> RecordBinder.bind(muscle, Muscle.class),
                "the constant's Java name is not its JSON spelling");
    }
}
