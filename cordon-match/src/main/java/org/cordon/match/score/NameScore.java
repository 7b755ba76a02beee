package org.cordon.match.score;

import java.util.List;
import org.cordon.match.score.Explanation.TokenMatch;

/**
 * How alike two names are.
 *
 * @param score         in [0, 1]
 * @param queryCoverage weighted share of the query's tokens that met a listed token
 * @param listedCoverage weighted share of the listed name's tokens that met a query token
 * @param tokens        the pairings, then the tokens that met nothing
 * @param reordered     whether the words meet in another order
 */
public record NameScore(double score, double queryCoverage, double listedCoverage, List<TokenMatch> tokens,
                        boolean reordered) {

    public NameScore {
        tokens = List.copyOf(tokens);
    }

    static final NameScore NONE = new NameScore(0, 0, 0, List.of(), false);
}
