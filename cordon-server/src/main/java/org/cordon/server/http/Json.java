package org.cordon.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** Reading request bodies and writing answers as JSON, with the limits a public endpoint needs. */
public final class Json {

    /** JSON bodies larger than this are refused (413); list uploads have their own limit. */
    public static final int MAX_JSON_BYTES = 1 << 20;

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                .maxStringLength(MAX_JSON_BYTES).build());
    }

    private Json() {}

    /** The body as a JSON object; 400 with the reason when it is not one, 413 when it is too large. */
    public static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_JSON_BYTES) {
            throw new ApiError(413, "request body of " + bytes.length + " bytes; at most " + MAX_JSON_BYTES);
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("request body is empty; a JSON object is expected");
        }
        try {
            JsonNode n = MAPPER.readTree(bytes);
            storable(n, "");
            return n;
        } catch (JsonProcessingException e) {
            // A limit exceeded (nesting, string length) has no location.
            throw ApiError.badRequest("not valid JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
    }

    /**
     * Refuses text no database keeps as sent, in keys and values at any depth: NUL (PostgreSQL refuses it) and
     * unpaired surrogates (no UTF-8 form). The store would refuse them too, later and less clearly.
     */
    private static void storable(JsonNode n, String at) {
        if (n.isTextual()) {
            String problem = unstorable(n.textValue());
            if (problem != null) {
                throw new ApiError(400, (at.isEmpty() ? "the body" : at) + " contains " + problem, at);
            }
        } else if (n.isObject()) {
            var fields = n.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                String path = at.isEmpty() ? f.getKey() : at + "." + f.getKey();
                String problem = unstorable(f.getKey());
                if (problem != null) {
                    throw new ApiError(400, "a field name in " + (at.isEmpty() ? "the body" : at) + " contains " + problem, at);
                }
                storable(f.getValue(), path);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                storable(n.get(i), at + "[" + i + "]");
            }
        }
    }

    /** Path and query parameters under the same rule as body text: they end up in queries and records too. */
    public static void requireStorableParameters(Context ctx) {
        ctx.pathParamMap().forEach((name, value) -> {
            String problem = unstorable(value);
            if (problem != null) {
                throw new ApiError(400, name + " contains " + problem, name);
            }
        });
        ctx.queryParamMap().forEach((name, values) -> {
            String problem = unstorable(name);
            for (String v : values) {
                problem = problem != null ? problem : unstorable(v);
            }
            if (problem != null) {
                throw new ApiError(400, "query parameter " + name + " contains " + problem, name);
            }
        });
    }

    private static String unstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return "a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate";
            }
        }
        return null;
    }

    public static JsonNode object(Context ctx) {
        JsonNode n = body(ctx);
        if (!n.isObject()) {
            throw ApiError.badRequest("a JSON object is expected, not " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return n;
    }

    /** A required text field of a JSON object. */
    public static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new ApiError(400, field + " is required", field);
        }
        if (!v.isTextual()) {
            throw new ApiError(400, field + " must be a string", field);
        }
        return v.asText();
    }

    public static String optionalText(JsonNode o, String field, String absent) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isTextual()) {
            throw new ApiError(400, field + " must be a string", field);
        }
        return v.asText();
    }

    public static void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json")
                    .result(org.cordon.snapshot.SnapshotJson.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not writable as JSON", e);
        }
    }

    public static void ok(Context ctx, Object value) {
        write(ctx, 200, value);
    }
}
