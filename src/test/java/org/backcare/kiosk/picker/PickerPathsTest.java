package org.backcare.kiosk.picker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backcare.kiosk.Main;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Direction;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.LoadResult;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.RedFlag;
import org.backcare.kiosk.content.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinical rules, read straight from the written-out ways through the picker (as a clinician
 * reviewing --picker-paths would read them), in every language: independent of the content check
 * that enforces them at load.
 */
class PickerPathsTest {

    private static LoadResult loaded;

    @BeforeAll
    static void load() {
        loaded = Main.contentLoader().load(new BundledContent());
        assertTrue(loaded.ok(), loaded.problems()::toString);
    }

    private static List<JsonNode> lines(Content content) throws IOException {
        StringWriter out = new StringWriter();
        new PickerPaths(content).writeJsonLines(out);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void everyWayKeepsTheClinicalRulesInEveryLanguage() throws IOException {
        for (Content content : loaded.content().values()) {
            String lang = content.language().id();
            Map<String, Urgency> flagUrgency = new HashMap<>();
            content.doctor().redFlags().forEach(f -> flagUrgency.put(f.id(), f.urgency()));
            Map<String, Urgency> answerSign = new HashMap<>();
            for (Question q : content.picker().questions()) {
                q.answers().stream().filter(a -> a.redFlag() != null)
                        .forEach(a -> answerSign.put(a.id(), flagUrgency.get(a.redFlag())));
            }
            Set<String> results = new HashSet<>();
            for (JsonNode way : lines(content)) {
                Set<String> chosen = new HashSet<>();
                way.get("answers").forEach(list -> list.forEach(a -> chosen.add(a.asText())));
                String urgency = way.get("urgency").asText();
                List<String> exercises = new java.util.ArrayList<>();
                way.get("exercises").forEach(e -> exercises.add(e.asText()));
                results.add(way.get("result").asText());
                String where = lang + " " + way;

                boolean flexion = exercises.stream().anyMatch(id ->
                        content.exercises().exercise(id).orElseThrow().direction() == Direction.FLEXION);
                if (flexion) {
                    assertTrue(chosen.contains("bone-no"), "flexion only after 'No' to the bone question: " + where);
                }
                boolean sign = chosen.stream().anyMatch(answerSign::containsKey);
                if (sign) {
                    assertEquals(List.of(), exercises, "no exercise after a warning sign: " + where);
                    assertFalse(urgency.equals("none"), where);
                }
                if (chosen.stream().anyMatch(a -> answerSign.get(a) == Urgency.EMERGENCY)) {
                    assertEquals("emergency", urgency, "an emergency sign ends at the emergency result: " + where);
                }
                for (String id : exercises) {
                    Exercise exercise = content.exercises().exercise(id).orElseThrow();
                    assertTrue(exercise.avoidIf().stream().noneMatch(chosen::contains),
                            "no exercise whose cautions match the answers: " + id + " in " + where);
                }
                if (!urgency.equals("none")) {
                    assertEquals(List.of(), exercises, "a doctor result offers no exercises: " + where);
                }
                if (chosen.contains("worse-nothing") && !chosen.contains("nothing-positions")
                        && !chosen.contains("nothing-unsure")) {
                    assertEquals("today", urgency, "no position changes it: a doctor today: " + where);
                }
            }
            assertEquals(content.picker().results().size(), results.size(), lang + ": every result is reached");
        }
    }

    @Test
    void nightPainHasOneUrgencyEverywhere() {
        for (Content content : loaded.content().values()) {
            RedFlag night = content.doctor().redFlags().stream().filter(f -> f.id().equals("flag-night-pain"))
                    .findFirst().orElseThrow();
            assertEquals(Urgency.TODAY, night.urgency());
            assertEquals(Urgency.TODAY, content.symptoms().patterns().stream()
                    .filter(p -> p.id().equals("pattern-no-position")).findFirst().orElseThrow().urgency());
            assertEquals(Urgency.TODAY, content.picker().result("result-doctor-organ").orElseThrow().urgency());
        }
    }

    @Test
    void theSpreadsheetHasAHeaderOfQuestionsAndARowPerWay() throws IOException {
        Content en = loaded.content().get("en");
        StringWriter out = new StringWriter();
        PickerPaths paths = new PickerPaths(en);
        paths.writeCsv(out);
        String[] rows = out.toString().split("\r\n");
        assertEquals(paths.ways().size() + 1, rows.length);
        assertTrue(rows[0].startsWith("Way,\"First, a safety check. Do you have any of these now?\","), rows[0]);
        assertTrue(rows[0].endsWith(",Result,Result id,Urgency,Exercises offered,Exercise ids"), rows[0]);
        assertTrue(List.of(rows).stream().anyMatch(r -> r.contains(",result-emergency,emergency,,")));
        assertTrue(List.of(rows).stream().anyMatch(r -> r.contains("Double knee-to-chest")));
    }
}
