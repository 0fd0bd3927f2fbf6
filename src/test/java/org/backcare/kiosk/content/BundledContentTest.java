package org.backcare.kiosk.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled content loads clean and carries every topic and fact of the source article. */
class BundledContentTest {

    private static LoadResult result;
    private static Content en;

    @BeforeAll
    static void load() {
        result = org.backcare.kiosk.Main.contentLoader().load(new BundledContent());
        en = result.content().get("en");
    }

    @Test
    void loadsWithoutProblems() {
        assertTrue(result.ok(), () -> "problems: " + result.problems());
        assertNotNull(en);
        assertEquals("en", result.languages().defaultLanguage());
    }

    @Test
    void everyTopicHasATitleTileAndLead() {
        for (Topic topic : Topic.values()) {
            TopicInfo info = en.info(topic);
            assertFalse(info.title().isBlank(), topic + " title");
            assertTrue(info.tile().split(" ").length <= 4, topic + " tile label should be two to four words");
        }
    }

    @Test
    void anatomyHasTheMultifidiDeepestAndTheErectorSpinaeUnderTheSurfaceMuscles() {
        Muscle multifidi = muscle("multifidi");
        Muscle erector = muscle("erector-spinae");
        assertEquals(Layer.DEEP, multifidi.layer());
        assertEquals(Layer.MIDDLE, erector.layer(), "under the trapezius and latissimus dorsi, not near the skin");
        assertEquals(Layer.SURFACE, muscle("trapezius").layer());
        assertEquals(Layer.SURFACE, muscle("latissimus-dorsi").layer());
        for (String column : List.of("iliocostalis", "longissimus", "spinalis")) {
            assertEquals("erector-spinae", muscle(column).partOf(), column);
            assertEquals(Layer.MIDDLE, muscle(column).layer(), column);
        }
        assertEquals(List.of("multifidi", "erector-spinae"), en.muscles().muscles().stream().limit(2).map(Muscle::id).toList(),
                "the article's two groups come first");
        assertTrue(multifidi.role().toLowerCase().contains("steady"), "multifidi stabilise the spine");
        assertTrue(erector.role().toLowerCase().contains("move"), "erector spinae move the spine");
    }

    @Test
    void causesCoverStrainSpasmAndReferredPainFromOrgansAndNeckJoints() {
        List<String> ids = en.causes().causes().stream().map(Cause::id).toList();
        assertEquals(List.of("strain", "spasm", "referred-organs", "referred-joints"), ids);
        assertTrue(text(en.causes()).contains("sprained ankle"), "the sprained-ankle analogy");
        assertTrue(text(en.causes()).contains("heart attack"), "the heart-attack example");
        List<String> sources = en.causes().causes().stream().flatMap(c -> c.sources().stream()).map(PainSource::name).toList();
        assertTrue(sources.containsAll(List.of("Heart", "Kidneys", "Lungs", "Joints low in the neck")), sources::toString);
    }

    @Test
    void symptomPatternsAreHedgedAndPointToTheRightExercises() {
        for (SymptomPattern p : en.symptoms().patterns()) {
            String hedge = p.mayMean().toLowerCase();
            assertTrue(hedge.contains("may") || hedge.contains("often linked"), p.id() + " must not sound like a diagnosis");
        }
        assertTrue(exercisesOf("pattern-sitting").stream().allMatch(d -> d != Direction.FLEXION),
                "sitting and bending hurt: no flexion exercises");
        assertTrue(exercisesOf("pattern-standing").stream().allMatch(d -> d == Direction.FLEXION),
                "standing and walking hurt: flexion exercises");
        SymptomPattern organ = en.symptoms().patterns().stream().filter(p -> p.id().equals("pattern-no-position")).findFirst().orElseThrow();
        assertEquals(Urgency.TODAY, organ.urgency());
    }

    @Test
    void selfCareKeepsTheArticlesNumbers() {
        String selfCare = text(en.selfCare());
        assertTrue(selfCare.contains("10 minutes at a time"));
        assertTrue(selfCare.contains("at least three times a day"));
        assertTrue(selfCare.contains("1200 mg"));
        assertTrue(selfCare.contains("bed rest"));
        assertTrue(selfCare.contains("light massage"));
        assertTrue(selfCare.contains("prescription"));
    }

    @Test
    void heatAdviceCarriesTheEvidenceNote() {
        Treatment ice = en.selfCare().treatments().stream().filter(t -> t.id().equals("ice")).findFirst().orElseThrow();
        EvidenceNote note = en.selfCare().evidence().stream().filter(n -> n.id().equals(ice.evidence())).findFirst().orElseThrow();
        assertTrue(note.text().contains("American College of Physicians (2017)"));
        assertTrue(note.text().contains("Cochrane review (2006)"));
        assertEquals(List.of("acp-2017", "cochrane-2006"), note.sources());
    }

    @Test
    void exercisesIncludeTheDoubleKneeToChestAndBothDirections() {
        Exercise knees = en.exercises().exercise("double-knee-to-chest").orElseThrow();
        assertEquals(Direction.FLEXION, knees.direction());
        assertTrue(knees.holdSeconds() > 0 && knees.repetitions() > 0);
        long flexion = en.exercises().exercises().stream().filter(e -> e.direction() == Direction.FLEXION).count();
        long extension = en.exercises().exercises().stream().filter(e -> e.direction() == Direction.EXTENSION).count();
        assertTrue(flexion >= 4 && extension >= 4, "flexion " + flexion + ", extension " + extension);
        assertTrue(String.join(" ", en.exercises().stopRule()).contains("good sign"), "the stop rule includes centralisation");
    }

    @Test
    void theArticlesFiveRedFlagsComeFirstInItsOrderThenTheGuidelinesOnes() {
        List<String> ids = en.doctor().redFlags().stream().map(RedFlag::id).toList();
        List<String> article = List.of("flag-night-pain", "flag-leg-numbness", "flag-bowel-bladder", "flag-groin", "flag-not-improving");
        assertEquals(article, ids.stream().filter(article::contains).toList(), "the article's five, in its order");
        assertTrue(ids.containsAll(List.of("flag-both-legs", "flag-fever", "flag-weight-loss", "flag-cancer", "flag-injury",
                "flag-steroids")), ids::toString);
        for (RedFlag flag : en.doctor().redFlags()) {
            Urgency expected = switch (flag.id()) {
                case "flag-bowel-bladder", "flag-groin", "flag-both-legs" -> Urgency.EMERGENCY;
                case "flag-night-pain", "flag-fever", "flag-injury" -> Urgency.TODAY;
                default -> Urgency.SOON;
            };
            assertEquals(expected, flag.urgency(), flag.id());
        }
        assertTrue(en.doctor().topic().lead().contains("few weeks"), "most back muscle pain gets better within a few weeks");
    }

    @Test
    void sourcesKeepTheArticleAndItsFourReferences() {
        SourcesTopic sources = en.sources();
        assertEquals(4, sources.references().size());
        String citations = String.join(" ", sources.references().stream().map(Source::citation).toList());
        for (String author : List.of("Vora AJ", "Hammill RR", "Panjabi MM", "Maroon JC")) {
            assertTrue(citations.contains(author), author);
        }
        assertTrue(sources.disclaimer().contains("does not diagnose"));
        assertFalse(sources.review().on().isBlank());
    }

    @Test
    void keyPointsLinkToExistingTopics() {
        assertEquals(5, en.keyPoints().points().size());
        for (KeyPoint point : en.keyPoints().points()) {
            assertTrue(point.topic() == null || Topic.byId(point.topic()).isPresent(), point.id());
        }
    }

    private Muscle muscle(String id) {
        return en.muscles().muscles().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Direction> exercisesOf(String patternId) {
        SymptomPattern pattern = en.symptoms().patterns().stream().filter(p -> p.id().equals(patternId)).findFirst().orElseThrow();
        assertFalse(pattern.exercises().isEmpty());
        return pattern.exercises().stream().map(id -> en.exercises().exercise(id).orElseThrow().direction()).toList();
    }

    private static String text(Record record) {
        return Stream.of(record.toString()).findFirst().orElse("");
    }
}
