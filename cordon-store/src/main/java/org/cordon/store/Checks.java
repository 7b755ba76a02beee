package org.cordon.store;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the stores, so both databases accept and refuse exactly the same text. */
final class Checks {

    private Checks() {
    }

    /**
     * Text that both databases store unchanged: PostgreSQL refuses NUL, and a lone surrogate has no UTF-8 form.
     */
    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException(name + " contains a NUL character at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " contains an unpaired surrogate at index " + i);
            }
        }
        return value;
    }

    static String nonBlank(String value, String name) {
        text(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static List<String> texts(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), name + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000, was " + limit);
        }
        return limit;
    }
}
