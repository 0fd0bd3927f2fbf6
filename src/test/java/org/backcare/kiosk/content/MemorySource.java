package org.backcare.kiosk.content;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Content held in memory, for tests that load thousands of variants (the fuzzer). Media is the bundled media. */
final class MemorySource implements ContentSource {

    private final Map<String, byte[]> files;
    private final Map<String, byte[]> media;
    private final BundledContent bundled = new BundledContent();

    MemorySource(Map<String, byte[]> files, Map<String, byte[]> media) {
        this.files = new LinkedHashMap<>(files);
        this.media = new LinkedHashMap<>(media);
    }

    /** The bundled clinical files and the English content only (one language keeps each load fast). */
    static Map<String, byte[]> englishFiles() throws IOException {
        BundledContent bundled = new BundledContent();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ContentLoader.LANGUAGES_FILE,
                "{\"defaultLanguage\":\"en\",\"languages\":[{\"id\":\"en\",\"name\":\"English\"}]}".getBytes());
        for (Topic topic : Topic.values()) {
            files.put(ContentLoader.clinicalFile(topic), bundled.read(ContentLoader.clinicalFile(topic)));
        }
        for (Topic topic : Topic.values()) {
            files.put("en/" + topic.fileName(), bundled.read("en/" + topic.fileName()));
        }
        return files;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public byte[] read(String relativePath) {
        byte[] bytes = files.get(relativePath);
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public byte[] readMedia(String mediaPath) throws IOException {
        byte[] bytes = media.get(mediaPath);
        return bytes != null ? bytes.clone() : bundled.readMedia(mediaPath);
    }

    @Override
    public List<String> list(String languageFolder) {
        return files.keySet().stream().filter(f -> f.startsWith(languageFolder + "/"))
                .map(f -> f.substring(languageFolder.length() + 1)).toList();
    }

    @Override
    public MediaStatus media(String mediaPath) {
        return media.containsKey(mediaPath) ? MediaStatus.FOUND : bundled.media(mediaPath);
    }
}
