package org.cordon.store;

import java.util.Locale;

/** How a reviewer decided a case. */
public enum Resolution {
    /** The party in the transaction is the listed party. */
    TRUE_MATCH,
    /** It is not; the same query against the same, unchanged entry is suppressed from then on. */
    FALSE_POSITIVE;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Resolution parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
