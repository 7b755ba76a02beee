package org.cordon.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the value types; messages name the offending component. */
final class Checks {
    private Checks() {}

    static String text(String value, String name) {
        return value == null ? "" : value.strip();
    }

    static String required(String value, String name) {
        String v = text(value, name);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return v;
    }

    static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static <T> List<T> list(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            nonNull(v, name + " element");
        }
        return List.copyOf(values);
    }
}
