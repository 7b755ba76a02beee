package org.cordon.policy.resolve;

import java.util.Optional;

/**
 * A tie in the ownership graph, from the owned, subsidiary, affiliated or relabelling party to the other.
 *
 * @param fromName, toName the names as the list or the user wrote them, for the path shown to people
 * @param relation {@code subsidiary_of}, {@code affiliate_of}, {@code owned_by} or {@code relabels_products_of}
 * @param share for {@code owned_by}: 0 to 1 when known
 * @param certain false when the source marks the tie as of low confidence
 */
record Edge(String from, String fromName, String to, String toName, String relation, Optional<Double> share, boolean certain,
            String source) {}
