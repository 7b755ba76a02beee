package org.cordon.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which decisions to list, newest first.
 *
 * <pre>{@code DecisionQuery.latest(50).withOutcome("BLOCK").withText("huawei")}</pre>
 *
 * @param outcome only this outcome
 * @param from created at or after
 * @param to created before
 * @param text contained (ignoring case) in the id, reference, actor or transaction JSON; {@code %} and
 *     {@code _} are plain characters
 * @param limit at most this many (1 to 10000)
 * @param offset skip this many first, for paging
 */
public record DecisionQuery(Optional<String> outcome, Optional<Instant> from, Optional<Instant> to,
                            Optional<String> text, int limit, int offset) {

    public DecisionQuery {
        Objects.requireNonNull(outcome, "outcome").ifPresent(o -> Checks.text(o, "outcome"));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text").ifPresent(t -> Checks.text(t, "text"));
        Checks.limit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    /** The newest {@code limit} decisions. */
    public static DecisionQuery latest(int limit) {
        return new DecisionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit, 0);
    }

    public DecisionQuery withOutcome(String value) {
        return new DecisionQuery(Optional.of(value), from, to, text, limit, offset);
    }

    public DecisionQuery between(Instant fromInclusive, Instant toExclusive) {
        return new DecisionQuery(outcome, Optional.of(fromInclusive), Optional.of(toExclusive), text, limit, offset);
    }

    public DecisionQuery withText(String value) {
        return new DecisionQuery(outcome, from, to, Optional.of(value), limit, offset);
    }

    public DecisionQuery page(int newLimit, int newOffset) {
        return new DecisionQuery(outcome, from, to, text, newLimit, newOffset);
    }
}
