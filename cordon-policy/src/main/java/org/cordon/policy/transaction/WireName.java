package org.cordon.policy.transaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums whose constants are written in the JSON as lower-case words joined by hyphens ("federal-agency"). */
final class WireName {

    private WireName() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(text)).findFirst();
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireName::of).collect(Collectors.joining("|"));
    }
}
