package org.cordon.server.http;

/** What a key may do; each role may do everything of the roles before it. */
public enum Role {
    /** No key needed: {@code /health} only. */
    PUBLIC,
    /** Screen and check. */
    SCREENER,
    /** Also work review cases. */
    REVIEWER,
    /** Also lists, keys, programs, audit. */
    ADMIN;

    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
