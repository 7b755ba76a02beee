package org.cordon.match;

import org.cordon.match.score.Explanation;
import org.cordon.model.Name;
import org.cordon.model.Party;

/**
 * One listed party a query may be.
 *
 * @param party       the listed party
 * @param listVersion the list version it was found in ({@code ofac-sdn@3}), or its list id when unversioned
 * @param score       in [0, 1]; at or above {@link Screener#DEFAULT_THRESHOLD} it is a match
 * @param matchedName the party's name that scored best
 * @param explanation why it scored as it did
 */
public record Match(Party party, String listVersion, double score, Name matchedName, Explanation explanation) {}
