package org.cordon.store;

import java.util.Locale;

/** What happened to a review case. */
public enum CaseEventKind {
    OPENED,
    ASSIGNED,
    COMMENTED,
    DECIDED;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CaseEventKind parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
