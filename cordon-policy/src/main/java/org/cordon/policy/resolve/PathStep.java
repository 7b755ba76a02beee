package org.cordon.policy.resolve;

import java.util.Optional;

/**
 * One step of the path from a transaction's subject to a designated party.
 *
 * @param relation {@code matches} (screening), {@code subsidiary_of}, {@code affiliate_of}, {@code owned_by},
 *     {@code relabels_products_of}, {@code made_by} (device TAC) or {@code part_of} (component)
 * @param share for {@code owned_by}: the share held, 0 to 1, when known
 * @param source where the step comes from: a list and version, the user's facts, a TAC table
 */
public record PathStep(String from, String relation, String to, Optional<Double> share, String source) {

    @Override
    public String toString() {
        String how = relation + share.map(s -> " " + Math.round(s * 1000) / 10.0 + "%").orElse("");
        return from + " -[" + how + (source.isEmpty() ? "" : ", " + source) + "]-> " + to;
    }
}
