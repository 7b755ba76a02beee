package org.cordon.ingest.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.MalformedField;

/**
 * One FtM entity as read from its line: id, schema and the property values (FtM keeps every value a list of
 * strings).
 */
record FtmEntity(String id, String schema, JsonNode properties, long line) {

    /** The entity on a line, or a malformed field naming what is missing. */
    static FtmEntity of(JsonNode node, long line) throws MalformedField {
        if (!node.isObject()) {
            throw new MalformedField("", "the line is not a JSON object");
        }
        String id = text(node.get("id"));
        if (id.isEmpty()) {
            throw new MalformedField("id", "the entity has no id");
        }
        String schema = text(node.get("schema"));
        if (schema.isEmpty()) {
            throw new MalformedField("schema", "the entity has no schema");
        }
        JsonNode properties = node.get("properties");
        if (properties == null || properties.isNull()) {
            properties = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        } else if (!properties.isObject()) {
            throw new MalformedField("properties", "properties is not an object");
        }
        return new FtmEntity(id, schema, properties, line);
    }

    /** The non-blank values of a property, stripped; a single string counts as a list of one. */
    List<String> values(String property) throws MalformedField {
        JsonNode v = properties.get(property);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            add(out, v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw new MalformedField("properties." + property, "not a list of values");
        }
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                throw new MalformedField("properties." + property, "a value is not text");
            }
            add(out, item.asText());
        }
        return out;
    }

    String first(String property) throws MalformedField {
        List<String> v = values(property);
        return v.isEmpty() ? "" : v.get(0);
    }

    private static void add(List<String> out, String value) {
        String s = value.strip();
        if (!s.isEmpty() && !out.contains(s)) {
            out.add(s);
        }
    }

    private static String text(JsonNode n) {
        return n != null && n.isValueNode() && !n.isNull() ? n.asText().strip() : "";
    }
}
