package org.backcare.kiosk.content;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.backcare.kiosk.content.ContentFixture.at;

/**
 * Broken content folders, each a copy of the bundled content with one thing wrong, as a clinic
 * might leave it after a half-finished copy or an editor's mistake, or a translation that carries
 * clinical data of its own. Each case names what the
 * message must contain: the file, and the place in it where there is one.
 */
public final class HostileCorpus {

    /** One broken folder: how to break it, and what the validator's message must say. */
    public record Case(String name, Consumer<ContentFixture> breakIt, String expectedMessage) {
        @Override
        public String toString() {
            return name;
        }

        /** Builds the broken folder under {@code parent}. */
        public Path build(Path parent) {
            ContentFixture fixture = ContentFixture.copyOfBundled(parent.resolve(name));
            breakIt.accept(fixture);
            return fixture.root();
        }
    }

    private HostileCorpus() {
    }

    public static List<Case> cases() {
        return List.of(
                new Case("truncated-json", f -> rewrite(f, "en/muscles.json", b -> java.util.Arrays.copyOf(b, b.length / 2)),
                        "en/muscles.json line "),
                new Case("empty-file", f -> f.write("en/causes.json", ""), "en/causes.json: is empty"),
                new Case("binary-garbage", f -> rewrite(f, "en/symptoms.json", b -> {
                    byte[] garbage = new byte[4096];
                    new Random(9).nextBytes(garbage);
                    return garbage;
                }), "en/symptoms.json"),
                new Case("byte-order-mark", f -> rewrite(f, "en/key-points.json", b -> concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)),
                        "en/key-points.json line 1, column 1: starts with a byte-order mark"),
                new Case("utf-16", f -> rewrite(f, "en/key-points.json",
                        b -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)),
                        "en/key-points.json line 1, column 1: is not UTF-8 text"),
                new Case("invalid-utf8", f -> rewrite(f, "en/sources.json", b -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    int at = s.indexOf("Sources") + 2;
                    return concat(s.substring(0, at).getBytes(StandardCharsets.UTF_8),
                            new byte[] {(byte) 0xC3, (byte) 0x28}, s.substring(at).getBytes(StandardCharsets.UTF_8));
                }), "en/sources.json line 3"),
                new Case("null-value", f -> f.edit("en/see-a-doctor.json", n -> at(n, "/redFlags/0").putNull("why")),
                        "en/see-a-doctor.json $.redFlags[0].why"),
                new Case("wrong-type", f -> f.edit("clinical/exercises.json", n -> at(n, "/exercises/0").put("repetitions", "three")),
                        "clinical/exercises.json $.exercises[0].repetitions"),
                new Case("unknown-field", f -> f.edit("en/muscles.json", n -> at(n, "/muscles/0").put("colour", "red")),
                        "en/muscles.json $.muscles[0].colour: unknown field"),
                new Case("duplicate-id", f -> f.edit("clinical/key-points.json", n -> at(n, "/points/1").put("id", "key-causes")),
                        "clinical/key-points.json $.points[1].id: the id \"key-causes\" is used twice"),
                new Case("duplicate-key", f -> rewrite(f, "en/key-points.json", b -> new String(b, StandardCharsets.UTF_8)
                        .replaceFirst("\\{", "{\"closing\": \"twice\",").getBytes(StandardCharsets.UTF_8)),
                        "en/key-points.json line "),
                new Case("dangling-reference", f -> f.edit("clinical/symptoms.json", n -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                        at(n, "/patterns/0").get("exercises")).set(0, "no-such-exercise")),
                        "clinical/symptoms.json $.patterns[0].exercises[0]: no exercise has the id \"no-such-exercise\""),
                new Case("media-dot-dot", f -> f.edit("clinical/muscles.json", n -> n.put("diagram", "../../etc/passwd")),
                        "clinical/muscles.json $.diagram: must stay inside the media folder"),
                new Case("media-absolute", f -> f.edit("clinical/muscles.json", n -> n.put("diagram", "/etc/passwd")),
                        "clinical/muscles.json $.diagram: must be a path inside the media folder, not an absolute path"),
                new Case("media-symlink-out", f -> {
                    try {
                        Path outside = f.root().resolveSibling(f.root().getFileName() + "-outside.json");
                        Files.writeString(outside, "{}");
                        Files.createDirectories(f.root().resolve("media"));
                        Files.createSymbolicLink(f.root().resolve("media/escape.json"), outside);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    f.edit("clinical/muscles.json", n -> n.put("diagram", "escape.json"));
                }, "clinical/muscles.json $.diagram: \"escape.json\" is a link that leads outside the media folder"),
                new Case("five-mb-string", f -> f.edit("en/causes.json", n -> at(n, "/topic").put("lead", "x".repeat(5_000_000))),
                        "en/causes.json: the file is "),
                new Case("nested-10000-deep", f -> f.write("en/muscles.json", "[".repeat(10_000) + "]".repeat(10_000)),
                        "en/muscles.json line 1, column 1002: is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)"),
                new Case("fifty-mb-file", f -> sparse(f.root().resolve("en/exercises.json"), 50L * 1024 * 1024),
                        "en/exercises.json: the file is 52428800 bytes"),
                new Case("fifty-mb-media", f -> sparse(f.root().resolve("media/anatomy/back.json"), 50L * 1024 * 1024),
                        "media/anatomy/back.json: the file is 52428800 bytes"),
                new Case("missing-file", f -> delete(f.root().resolve("es/picker.json")), "es/picker.json: is missing"),
                new Case("missing-languages-file", f -> delete(f.root().resolve("languages.json")), "languages.json: is missing"),
                new Case("extra-unknown-file", f -> f.write("en/notes.json", "{}"),
                        "en/notes.json: is not a file the kiosk knows"),
                new Case("spanish-out-of-step", f -> f.edit("es/exercises.json", n -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                        n.get("exercises")).remove(2)), "es/exercises.json $.exercises: lacks the texts \"name\", \"purpose\","
                        + " \"steps\", \"howOften\", \"cautions\" for the exercise \"pelvic-tilt\""),
                new Case("spanish-extra-item", f -> f.edit("es/key-points.json", n -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                        n.get("points")).addObject().put("id", "key-extra").put("text", "Otra.")),
                        "es/key-points.json $.points[5].id: has texts for the key point \"key-extra\", which clinical/key-points.json does not have"),
                new Case("spanish-hold-time", f -> f.edit("es/exercises.json", n -> at(n, "/exercises/2").put("holdSeconds", 60)),
                        "es/exercises.json $.exercises[2].holdSeconds: is clinical data; it belongs in clinical/exercises.json, not in a language file"),
                new Case("spanish-rules", f -> f.edit("es/picker.json", n -> n.set("rules", n.arrayNode())),
                        "es/picker.json $.rules: is clinical data; it belongs in clinical/picker.json"),
                new Case("text-in-clinical-file", f -> f.edit("clinical/see-a-doctor.json", n -> at(n, "/redFlags/0").put("sign", "Pain")),
                        "clinical/see-a-doctor.json $.redFlags[0].sign: is text; it belongs in each language's file"),
                new Case("missing-clinical-file", f -> delete(f.root().resolve("clinical/picker.json")), "clinical/picker.json: is missing"),
                new Case("clinical-file-garbage", f -> f.write("clinical/exercises.json", "{\"exercises\": [1, 2,"),
                        "clinical/exercises.json line 1"),
                new Case("extra-unknown-clinical-file", f -> f.write("clinical/notes.json", "{}"),
                        "clinical/notes.json: is not a file the kiosk knows"));
    }

    private static void rewrite(ContentFixture f, String file, java.util.function.UnaryOperator<byte[]> change) {
        try {
            Path path = f.root().resolve(file);
            Files.write(path, change.apply(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that claims a size without taking the disk space: the kiosk must not read it to refuse it. */
    private static void sparse(Path file, long size) {
        try {
            Files.createDirectories(file.getParent());
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
