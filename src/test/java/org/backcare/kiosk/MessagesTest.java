package org.backcare.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every UI string exists in every shipped language, is not blank, and takes the same arguments as
 * the English one. (Content files are held to the same rule by the content loader itself.)
 */
class MessagesTest {

    private static final String BUNDLE = "/org/backcare/kiosk/i18n/messages";

    static List<String> otherLanguages() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/backcare/kiosk/content/languages.json")) {
            JsonNode list = new ObjectMapper().readTree(in);
            for (JsonNode language : list.get("languages")) {
                if (!language.get("id").asText().equals(list.get("defaultLanguage").asText())) {
                    ids.add(language.get("id").asText());
                }
            }
        }
        assertFalse(ids.isEmpty(), "the kiosk ships at least one language besides the default");
        return ids;
    }

    @ParameterizedTest
    @MethodSource("otherLanguages")
    void everyKeyIsTranslatedWithTheSameArguments(String language) throws IOException {
        Properties english = load(BUNDLE + ".properties");
        Properties other = load(BUNDLE + "_" + language + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                "messages_" + language + ".properties must have exactly the keys of messages.properties");
        for (String key : english.stringPropertyNames()) {
            String text = other.getProperty(key);
            assertFalse(text.isBlank(), key + " is blank in " + language);
            int wanted = new MessageFormat(english.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int got = new MessageFormat(text, Locale.forLanguageTag(language)).getFormatsByArgumentIndex().length;
            assertEquals(wanted, got, key + " in " + language + " must use the same arguments as in English");
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
