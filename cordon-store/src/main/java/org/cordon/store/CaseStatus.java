package org.cordon.store;

import java.util.Locale;

/** A review case is open until it is decided; a decided case stays closed. */
public enum CaseStatus {
    OPEN,
    CLOSED;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CaseStatus parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
