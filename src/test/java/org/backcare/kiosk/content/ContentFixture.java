package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A copy of the bundled content (the clinical files and every language) in a temporary folder,
 * for tests to break on purpose.
 */
public final class ContentFixture {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    public static ContentFixture copyOfBundled(Path folder) {
        try {
            BundledContent bundled = new BundledContent();
            byte[] languages = bundled.read(ContentLoader.LANGUAGES_FILE);
            Files.createDirectories(folder);
            Files.write(folder.resolve(ContentLoader.LANGUAGES_FILE), languages);
            List<String> folders = new ArrayList<>(List.of(ContentLoader.CLINICAL_FOLDER));
            MAPPER.readTree(languages).get("languages").forEach(l -> folders.add(l.get("id").asText()));
            for (String id : folders) {
                Files.createDirectories(folder.resolve(id));
                for (Topic topic : Topic.values()) {
                    String file = id + "/" + topic.fileName();
                    Files.write(folder.resolve(file), bundled.read(file));
                }
            }
            return new ContentFixture(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies bundled media files (paths under media/, e.g. "anatomy/back.json") into the folder: a clinic's own copy, to break. */
    public ContentFixture withBundledMedia(String... paths) {
        for (String path : paths) {
            Path target = root.resolve("media").resolve(path);
            try (var in = ContentFixture.class.getResourceAsStream("/media/" + path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no bundled media/" + path);
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public Path root() {
        return root;
    }

    /** Changes one file's JSON tree and writes it back. */
    public ContentFixture edit(String file, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(root.resolve(file).toFile());
            change.accept(node);
            Files.writeString(root.resolve(file), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode at(ObjectNode node, String pointer) {
        JsonNode found = node.at(pointer);
        if (!(found instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return object;
    }

    public LoadResult load() {
        return org.backcare.kiosk.Main.contentLoader().load(new ContentFolder(root, new BundledContent()));
    }
}
