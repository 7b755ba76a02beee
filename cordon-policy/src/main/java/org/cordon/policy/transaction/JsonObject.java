package org.cordon.policy.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One JSON object of a transaction being read, with its path for error messages. It refuses fields it does not
 * know, so that a misspelt field is an error rather than a fact silently left out of the decision.
 */
final class JsonObject {

    /** Strict: 2019-02-30 is an error, not 2019-03-02. */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JsonNode node;
    private final String path;

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonObject of(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new TransactionException(path, "must be a JSON object, not " + describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new TransactionException(at(path, name), "unknown field; known fields here: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new JsonObject(node, path);
    }

    String path() {
        return path;
    }

    String field(String name) {
        return at(path, name);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new TransactionException(field(name), "must be a string, not " + describe(v));
        }
        String s = v.asText().strip();
        if (s.length() > 2_000) {
            throw new TransactionException(field(name), "is " + s.length() + " characters long; at most 2000");
        }
        if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new TransactionException(field(name), "contains control characters");
        }
        return s;
    }

    String requiredText(String name) {
        String s = text(name);
        if (s.isEmpty()) {
            throw new TransactionException(field(name), "is required");
        }
        return s;
    }

    boolean bool(String name, boolean absent) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw new TransactionException(field(name), "must be true or false, not " + describe(v));
        }
        return v.asBoolean();
    }

    Optional<Boolean> optionalBool(String name) {
        return has(name) ? Optional.of(bool(name, false)) : Optional.empty();
    }

    Optional<Double> share(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1 || Double.isNaN(v.asDouble())) {
            throw new TransactionException(field(name), "must be a share from 0 to 1 (0.6 for 60%), not " + v);
        }
        return Optional.of(v.asDouble());
    }

    Optional<LocalDate> date(String name) {
        String s = text(name);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, ISO_DATE));
        } catch (DateTimeParseException e) {
            throw new TransactionException(field(name), "'" + s + "' is not a date of the calendar in the form YYYY-MM-DD");
        }
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        String s = text(name);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WireName.parse(type, s).orElseThrow(() -> new TransactionException(field(name),
                "'" + s + "' is not one of " + WireName.choices(type))));
    }

    Optional<JsonObject> object(String name, Set<String> allowed) {
        return has(name) ? Optional.of(of(node.get(name), field(name), allowed)) : Optional.empty();
    }

    <T> List<T> list(String name, BiFunction<JsonNode, String, T> read) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new TransactionException(field(name), "must be a JSON array, not " + describe(v));
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(read.apply(v.get(i), field(name) + "[" + i + "]"));
        }
        return out;
    }

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(v.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
