package org.backcare.kiosk.content;

import org.backcare.kiosk.Main;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the content loader: real content files mutated at random (bytes flipped, cut, repeated,
 * garbage and JSON fragments spliced in), and the committed corpus of nasty inputs, each put in
 * place of a content file (a clinical file or a language file) or the drawing. Whatever comes in, loading never throws, and it either
 * succeeds or reports problems that each name a file the kiosk knows.
 *
 * <p>Plain JUnit with a seeded random source, so every failure is reproducible from the seed it
 * prints: {@code ./mvnw verify} tries 300 mutated files; {@code ./mvnw -Psoak verify} tries 10,000
 * ({@code -Dfuzz.tries=N -Dfuzz.seed=S} to choose).
 */
class ContentFuzzTest {

    private static final Map<String, byte[]> ORIGINAL;
    private static final List<String> SLOTS;
    private static final String DRAWING = "anatomy/back.json";
    private static final List<String> CORPUS = List.of("bad-values.json", "bom.json", "deep-2000.json",
            "duplicate-key.json", "huge-numbers.json", "invalid-utf8.json", "lone-surrogate.json", "long-title.json",
            "nan.json", "null-topic.json", "string.json", "truncated.json");
    private static final List<String> FRAGMENTS = List.of("null", "{}", "[]", "\"\"", "-1", "1e999", "true",
            "\"../../etc/passwd\"", "\"/etc/passwd\"", "{\"id\":\"x\"}", "[[[[[[[[", "]]]]", "}", "\\u0000", ",,",
            "\"\\ud800\"", "\uFEFF", "0x10");

    static {
        try {
            ORIGINAL = MemorySource.englishFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> slots = new ArrayList<>(ORIGINAL.keySet());
        slots.add("media/" + DRAWING);
        SLOTS = List.copyOf(slots);
    }

    private static final int TRIES = Integer.getInteger("fuzz.tries", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_125L);

    /** One mutation: a kind, a position and a length or value, resolved against the file's size. */
    private record Mutation(int kind, int position, int amount) {
    }

    @Test
    void theUnmutatedContentLoads() {
        LoadResult result = load("languages.json", ORIGINAL.get("languages.json"));
        assertTrue(result.ok(), result.problems()::toString);
    }

    @Test
    void mutatedContentNeverThrowsAndEveryProblemNamesAFile() {
        for (int i = 0; i < TRIES; i++) {
            java.util.Random random = new java.util.Random(SEED + i);
            String slot = SLOTS.get(random.nextInt(SLOTS.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int m = 1 + random.nextInt(6); m > 0; m--) {
                mutations.add(new Mutation(random.nextInt(7), random.nextInt(Integer.MAX_VALUE), random.nextInt(4097)));
            }
            String replay = "try " + i + " (seed " + SEED + "): " + slot + " " + mutations;
            try {
                check(slot, mutate(original(slot), mutations));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("The loader failed on " + replay + ": " + e, e);
            }
        }
    }

    @Test
    void everyCorpusFileInEverySlotIsRefusedCleanly() {
        for (String slot : SLOTS) {
            for (String corpusFile : CORPUS) {
                LoadResult result = check(slot, corpus(corpusFile));
                assertFalse(result.ok(), corpusFile + " in place of " + slot + " must not load");
            }
        }
    }

    private static byte[] mutate(byte[] input, List<Mutation> mutations) {
        byte[] b = input;
        for (Mutation m : mutations) {
            int at = b.length == 0 ? 0 : m.position() % b.length;
            int n = m.amount();
            switch (m.kind()) {
                case 0 -> { // flip one byte
                    if (b.length > 0) {
                        b = b.clone();
                        b[at] = (byte) (b[at] ^ (1 + n % 255));
                    }
                }
                case 1 -> b = splice(b, at, Math.min(n, b.length - at), new byte[0]); // cut a range
                case 2 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 3 -> b = splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + n))); // repeat
                case 4 -> { // splice in garbage bytes
                    byte[] garbage = new byte[1 + n % 64];
                    new java.util.Random(n).nextBytes(garbage);
                    b = splice(b, at, 0, garbage);
                }
                case 5 -> b = splice(b, at, Math.min(n % 16, b.length - at),
                        FRAGMENTS.get(n % FRAGMENTS.size()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                default -> { // replace one quoted value's text with a long one
                    b = splice(b, at, 0, ("\"" + "x".repeat(n) + "\",").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static byte[] original(String slot) {
        if (slot.startsWith("media/")) {
            try {
                return new BundledContent().readMedia(slot.substring("media/".length()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ORIGINAL.get(slot);
    }

    private static byte[] corpus(String name) {
        try (InputStream in = ContentFuzzTest.class.getResourceAsStream("/fuzz-corpus/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fuzz corpus file " + name, e);
        }
    }

    private static LoadResult load(String slot, byte[] bytes) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(ORIGINAL);
        Map<String, byte[]> media = new java.util.LinkedHashMap<>();
        if (slot.startsWith("media/")) {
            media.put(slot.substring("media/".length()), bytes);
        } else {
            files.put(slot, bytes);
        }
        return Main.contentLoader().load(new MemorySource(files, media));
    }

    private static LoadResult check(String slot, byte[] bytes) {
        LoadResult result = load(slot, bytes); // must not throw
        if (!result.ok()) {
            assertFalse(result.problems().isEmpty());
            for (Problem problem : result.problems()) {
                assertTrue(problem.file().equals("languages.json") || problem.file().startsWith("en/")
                        || problem.file().startsWith("clinical/") || problem.file().startsWith("media/"), () -> "a problem must name a content file: " + problem);
                assertFalse(problem.message().isBlank(), problem::toString);
            }
        }
        return result;
    }
}
