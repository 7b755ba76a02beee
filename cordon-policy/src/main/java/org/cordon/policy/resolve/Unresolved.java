package org.cordon.policy.resolve;

import java.util.List;

/**
 * A subject the decision needed to know and could not resolve: neither matched to a listed party nor cleared. A
 * program that looks at its role may not ALLOW while it stands (docs/decisions.md, "Fail closed").
 *
 * @param field the JSON path it came from ({@code items[0].manufacturer})
 * @param role the subject's role ({@code manufacturer}, {@code device}, {@code seller}...)
 * @param name the name as written, or "" where there was none to read
 * @param kind why it is not resolved
 * @param what the reason in words, for the decision's notes and the reviewer
 * @param candidates the listed parties it comes near, best first (for a near match)
 */
public record Unresolved(String field, String role, String name, Kind kind, String what, List<Candidate> candidates) {

    public Unresolved {
        candidates = List.copyOf(candidates);
    }

    public Unresolved(String field, String role, Kind kind, String what) {
        this(field, role, "", kind, what, List.of());
    }

    /** Why a subject is not resolved. */
    public enum Kind {
        /** Its best match lies in the review band: below the match threshold, too near to clear. */
        NEAR_MATCH,
        /** Written so as to hide what it says (bidi controls, letters of mixed scripts, invisible characters, spaced letters) and not certainly matched. */
        DISGUISED_NAME,
        /** A maker or brand that matches no listed party and that Cordon does not know. */
        UNKNOWN_MAKER,
        /** An item whose maker is not stated at all. */
        MAKER_NOT_STATED,
        /** A device whose maker cannot be established (an IMEI whose TAC no table has). */
        UNKNOWN_DEVICE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A listed party a subject comes near, with its score. */
    public record Candidate(String partyId, String name, String matchedName, String listVersion, double score) {}
}
