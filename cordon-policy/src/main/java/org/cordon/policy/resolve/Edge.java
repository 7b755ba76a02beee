package org.cordon.policy.resolve;

import java.util.Optional;

/**
 * A tie in the ownership graph, from the owned, subsidiary, affiliated or relabelling party to the other.
 *
 * @param fromName, toName the names as the list or the user wrote them, for the path shown to people
 * @param relation {@code subsidiary_of}, {@code affiliate_of}, {@code owned_by} or {@code relabels_products_of}
 * @param share for {@code owned_by}: 0 to 1 when known
 * @param certain false when the source marks the tie as of low confidence
 * @param since, until the days the tie held from and until (the day it no longer did), where the source says
 */
record Edge(String from, String fromName, String to, String toName, String relation, Optional<Double> share, boolean certain,
            String source, Optional<java.time.LocalDate> since, Optional<java.time.LocalDate> until) {

    /** A tie with no dates: the user's facts, which speak of the transaction's day. */
    Edge(String from, String fromName, String to, String toName, String relation, Optional<Double> share, boolean certain,
         String source) {
        this(from, fromName, to, toName, relation, share, certain, source, Optional.empty(), Optional.empty());
    }

    /** Held on the day: a subsidiary sold (Honor, 2020-11-17) passes no coverage after the sale. */
    boolean heldOn(java.time.LocalDate day) {
        return since.map(s -> !day.isBefore(s)).orElse(true) && until.map(day::isBefore).orElse(true);
    }
}
