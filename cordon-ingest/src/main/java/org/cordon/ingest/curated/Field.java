package org.cordon.ingest.curated;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One value of a curated list document at its field path, read with checks. A check that fails records a problem
 * under the path and returns an empty value instead of throwing, so the reader can go on and find the rest.
 * Absent and {@code null} are the same for every field.
 */
final class Field {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode node;
    private final String path;
    private final FieldProblems problems;

    private Field(JsonNode node, String path, FieldProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static Field root(JsonNode node, String path, FieldProblems problems) {
        return new Field(node, path, problems);
    }

    String path() {
        return path;
    }

    boolean isPresent() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** The named member; absent when this is not a mapping (which {@link #isMappingOf} reports). */
    Field get(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new Field(child, path + "." + name, problems);
    }

    void problem(String message) {
        problems.add(path, message);
    }

    /**
     * Checks that this is a mapping whose keys are all among {@code known}; an unknown key is reported at its own
     * path, since it is most often a misspelt field whose value would otherwise be lost without a word.
     */
    boolean isMappingOf(Set<String> known) {
        if (!isPresent() || !node.isObject()) {
            problem("must be a mapping of " + String.join(", ", known.stream().sorted().toList()));
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path + "." + name, "unknown field; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return true;
    }

    /** The elements of a list; an absent optional list is empty. */
    List<Field> list(boolean required) {
        if (!isPresent()) {
            if (required) {
                problem("is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problem("must be a list");
            return List.of();
        }
        if (required && node.isEmpty()) {
            problem("must not be empty");
        }
        List<Field> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Field(node.get(i), path + "[" + i + "]", problems));
        }
        return elements;
    }

    /** Non-blank text; empty (and reported) when absent, blank or not text. */
    String requiredText() {
        return requiredText("");
    }

    /** As {@link #requiredText()}, with the reason it is required added to the message. */
    String requiredText(String why) {
        String suffix = why.isEmpty() ? "" : ": " + why;
        if (!isPresent()) {
            problem("is required" + suffix);
            return "";
        }
        String text = optionalText();
        if (text.isEmpty() && node.isTextual()) {
            problem("must not be empty" + suffix);
        }
        return text;
    }

    /** Text, stripped; empty when absent. Numbers and booleans are refused: YAML would turn 000063 into 63. */
    String optionalText() {
        if (!isPresent()) {
            return "";
        }
        if (!node.isTextual()) {
            problem("must be text" + (node.isValueNode() ? " (quote " + node.asText() + " in YAML)" : ""));
            return "";
        }
        return node.textValue().strip();
    }

    /** Text that matches {@code pattern}; empty when absent. */
    String optionalMatching(Pattern pattern, String description) {
        String text = optionalText();
        if (!text.isEmpty() && !pattern.matcher(text).matches()) {
            problem("'" + text + "' is not " + description);
            return "";
        }
        return text;
    }

    /** An ISO date ({@code 2019-05-16}); empty when absent. */
    Optional<LocalDate> optionalDate() {
        String text = optionalText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return Optional.of(LocalDate.parse(text));
            }
        } catch (DateTimeParseException invalid) {
            // same message as a wrong shape: falls through
        }
        problem("'" + text + "' is not a date in ISO form (yyyy-mm-dd)");
        return Optional.empty();
    }

    Optional<LocalDate> requiredDate() {
        if (!isPresent()) {
            problem("is required");
            return Optional.empty();
        }
        return optionalDate();
    }

    /** One of the vocabulary's words; empty (and reported) when absent or unknown. */
    <E> Optional<E> requiredTerm(Vocabulary<E> vocabulary) {
        if (!isPresent()) {
            problem("is required; expected one of " + String.join(", ", vocabulary.words()));
            return Optional.empty();
        }
        return optionalTerm(vocabulary);
    }

    <E> Optional<E> optionalTerm(Vocabulary<E> vocabulary) {
        String word = optionalText();
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = vocabulary.find(word);
        if (value.isEmpty()) {
            problem("unknown " + vocabulary.what() + " '" + word + "'; expected one of "
                    + String.join(", ", vocabulary.words()));
        }
        return value;
    }

    /** A number within {@code [min, max]}; empty when absent. */
    Optional<Double> optionalNumber(double min, double max) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            problem("must be a number");
            return Optional.empty();
        }
        double value = node.doubleValue();
        if (value < min || value > max) {
            problem(node.asText() + " is out of range " + (long) min + "-" + (long) max);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
