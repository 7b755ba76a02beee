package org.cordon.store;

import java.util.Locale;

/** What an API key may do; each role may do everything the roles below it may. */
public enum Role {
    /** Screens names and asks for decisions. */
    SCREENER,
    /** Also works review cases. */
    REVIEWER,
    /** Also manages keys, lists and the registry. */
    ADMIN;

    /** Whether this role may do what {@code needed} is required for: admin > reviewer > screener. */
    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The stored and printed form: {@code screener}, {@code reviewer}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.wireName().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "': use screener, reviewer or admin");
    }
}
