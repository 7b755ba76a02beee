package org.cordon.bench.eval;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cordon.model.PartyType;

/**
 * One query of the evaluation set with the answer it should get.
 *
 * @param id          stable within a seed ({@code typo-0042})
 * @param query       the name to screen
 * @param type        the kind of party the name belongs to, given to the screener with the name
 * @param kind        how the query was made
 * @param expectedIds the party ids ({@code listId/sourceId}) a screener should return; a hit on any of them finds
 *                    the query; empty for negatives
 * @param source      the listed name the query was made from (for negatives made from a listed name too), or empty
 */
public record LabelledQuery(String id, String query, PartyType type, QueryKind kind, SortedSet<String> expectedIds,
                            String source) {

    public LabelledQuery {
        expectedIds = Collections.unmodifiableSortedSet(new TreeSet<>(expectedIds));
        if (kind.isNegative() != expectedIds.isEmpty()) {
            throw new IllegalArgumentException("query " + id + ": negatives and only negatives expect no party");
        }
    }

    /** True when the party id is one of the answers. */
    public boolean expects(String partyId) {
        return expectedIds.contains(partyId);
    }

    static LabelledQuery of(String id, String query, PartyType type, QueryKind kind, Set<String> expectedIds,
                            String source) {
        return new LabelledQuery(id, query, type, kind, new TreeSet<>(expectedIds), source);
    }
}
