package org.backcare.kiosk.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads one JSON document into Jackson's tree with Jackson's streaming parser alone. An
 * {@code ObjectMapper} would do the same, but setting one up costs a cold kiosk about 50 ms and
 * a few hundred classes before its first screen; the tree is all that content and settings need.
 */
public final class JsonTree {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonFactory LENIENT = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /**
     * The document's value, or null when it holds none (only white space).
     *
     * @throws JsonParseException when it is not valid JSON, with the line and column; also when a
     *                            second value follows the first, or a key is repeated in one object
     */
    public static JsonNode read(byte[] json) throws IOException {
        return read(json, true);
    }

    /**
     * As {@link #read(byte[])}, but a key given twice keeps its last value and anything after the
     * first value is ignored: for a hand-edited settings file, where refusing the whole file would
     * lose every setting in it.
     */
    public static JsonNode readLenient(byte[] json) throws IOException {
        return read(json, false);
    }

    private static JsonNode read(byte[] json, boolean strict) throws IOException {
        try (JsonParser parser = (strict ? STRICT : LENIENT).createParser(json)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return null;
                }
                JsonNode root = value(parser, first);
                if (strict && parser.nextToken() != null) {
                    throw new JsonParseException(parser, "more follows the end of the first value; a file holds one value");
                }
                return root;
            } catch (JsonProcessingException e) {
                if (e.getLocation() != null) {
                    throw e;
                }
                // A limit exceeded (nesting too deep) carries no location of its own: use where the parser stopped.
                throw new JsonParseException(parser, e.getOriginalMessage(), e);
            }
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
