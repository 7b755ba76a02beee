package org.cordon.bench.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.model.Party;

/**
 * The baseline: score every listed name against the query with token-pair Jaro-Winkler and keep the best per
 * party. Each query token takes its best Jaro-Winkler against the listed name's tokens and vice versa; the score
 * is the mean of both sides' averages. The tokens are Cordon's own analysed tokens, so that the comparison
 * measures retrieval and scoring, not normalisation.
 */
public final class ExhaustiveJaroWinkler {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final String[][] names;
    private final List<Party> partyOfName;

    public ExhaustiveJaroWinkler(List<AnalyzedName> analyzed, List<Party> partyOfName) {
        this.names = analyzed.stream().map(ExhaustiveJaroWinkler::texts).toArray(String[][]::new);
        this.partyOfName = partyOfName;
    }

    /** A scored party. */
    public record Hit(Party party, double score) {}

    /** The parties scoring at or above the threshold, best first. */
    public List<Hit> screen(AnalyzedName query, double threshold, int limit) {
        String[] q = texts(query);
        Map<Party, Double> best = new HashMap<>();
        if (q.length > 0) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].length == 0) {
                    continue;
                }
                double s = score(q, names[i]);
                if (s >= threshold) {
                    best.merge(partyOfName.get(i), s, Math::max);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        best.forEach((p, s) -> hits.add(new Hit(p, s)));
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    static double score(String[] q, String[] n) {
        return (side(q, n) + side(n, q)) / 2;
    }

    private static double side(String[] from, String[] to) {
        double sum = 0;
        for (String a : from) {
            double best = 0;
            for (String b : to) {
                best = Math.max(best, JW.apply(a, b));
            }
            sum += best;
        }
        return sum / from.length;
    }

    private static String[] texts(AnalyzedName name) {
        return name.tokens().stream().map(Token::text).toArray(String[]::new);
    }
}
