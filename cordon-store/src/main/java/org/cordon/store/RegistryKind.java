package org.cordon.store;

import java.util.Locale;

/** What the organisation keeps in its registry. */
public enum RegistryKind {
    SUPPLIER,
    PRODUCT,
    PERSON;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegistryKind parse(String text) {
        for (RegistryKind k : values()) {
            if (k.wireName().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown registry kind '" + text + "': use supplier, product or person");
    }
}
