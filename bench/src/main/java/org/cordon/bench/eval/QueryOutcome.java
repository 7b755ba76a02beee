package org.cordon.bench.eval;

import java.util.List;

/**
 * What the screener returned for one query, at the lowest threshold looked at: lower thresholds only ever add
 * matches at the end of a best-first list, so the matches at any higher threshold are a prefix of these.
 *
 * @param query the labelled query
 * @param hits  the matches, best first
 */
public record QueryOutcome(LabelledQuery query, List<Hit> hits) {

    public QueryOutcome {
        hits = List.copyOf(hits);
    }

    /**
     * One match.
     *
     * @param partyId     the matched party ({@code listId/sourceId})
     * @param matchedName the party's name that scored best
     * @param score       the match's score
     */
    public record Hit(String partyId, String matchedName, double score) {}

    /** The matches at or above the threshold. */
    public List<Hit> at(double threshold) {
        return hits.stream().filter(h -> h.score() >= threshold).toList();
    }

    /** True when an expected party is among the matches at the threshold. */
    public boolean found(double threshold) {
        return at(threshold).stream().anyMatch(h -> query.expects(h.partyId()));
    }

    /** True when the best match at the threshold is an expected party. */
    public boolean foundFirst(double threshold) {
        List<Hit> at = at(threshold);
        return !at.isEmpty() && query.expects(at.get(0).partyId());
    }
}
