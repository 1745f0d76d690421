package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies for the API tests, built as JSON rather than concatenated as strings. */
final class Json {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Json() {}

    /** An object from name–value pairs: {@code object("version", 3, "ratings", object("AI1", 4))}. */
    static ObjectNode object(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }

    static ArrayNode array(Object... values) {
        ArrayNode node = JSON.createArrayNode();
        for (Object value : values) {
            node.add(JSON.valueToTree(value));
        }
        return node;
    }
}
