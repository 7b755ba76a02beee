package org.cordon.bench.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Precision, recall and the share of negatives flagged, at one threshold.
 *
 * <p>A variant is found when one of its expected parties is among the matches. Precision counts every match
 * returned, for variants and negatives alike: a match is correct when its party is expected, so every match of a
 * negative is wrong. A negative is flagged when it has any match.
 *
 * @param threshold the score a match needs
 * @param returned  matches returned over all queries
 * @param correct   of those, matches of an expected party
 * @param byKind    per kind: variants found, or negatives flagged, of all queries of the kind
 */
public record Scorecard(double threshold, int returned, int correct, Map<QueryKind, Rate> byKind) {

    /** A count out of a total. */
    public record Rate(int count, int total) {
        /** The share; NaN when the total is zero. */
        public double value() {
            return total == 0 ? Double.NaN : (double) count / total;
        }

        Rate plus(Rate other) {
            return new Rate(count + other.count, total + other.total);
        }
    }

    public Scorecard {
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    public static Scorecard of(List<QueryOutcome> outcomes, double threshold) {
        int returned = 0;
        int correct = 0;
        Map<QueryKind, Rate> byKind = new EnumMap<>(QueryKind.class);
        for (QueryOutcome o : outcomes) {
            List<QueryOutcome.Hit> hits = o.at(threshold);
            returned += hits.size();
            correct += (int) hits.stream().filter(h -> o.query().expects(h.partyId())).count();
            boolean counts = o.query().kind().isNegative() ? !hits.isEmpty() : o.found(threshold);
            byKind.merge(o.query().kind(), new Rate(counts ? 1 : 0, 1), Rate::plus);
        }
        return new Scorecard(threshold, returned, correct, byKind);
    }

    /** Variants found, of all variants. */
    public Rate recall() {
        return sum(k -> !k.isNegative());
    }

    /** Negatives with any match, of all negatives. */
    public Rate negativesFlagged() {
        return sum(QueryKind::isNegative);
    }

    /** Correct matches of all matches returned; NaN when none was returned. */
    public double precision() {
        return returned == 0 ? Double.NaN : (double) correct / returned;
    }

    public double f1() {
        double p = precision();
        double r = recall().value();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Of the variants the filter selects, those whose best match is an expected party. */
    public static Rate firstHits(List<QueryOutcome> outcomes, double threshold, Predicate<LabelledQuery> filter) {
        Rate rate = new Rate(0, 0);
        for (QueryOutcome o : outcomes) {
            if (!o.query().kind().isNegative() && filter.test(o.query())) {
                rate = rate.plus(new Rate(o.foundFirst(threshold) ? 1 : 0, 1));
            }
        }
        return rate;
    }

    private Rate sum(Predicate<QueryKind> kinds) {
        return byKind.entrySet().stream().filter(e -> kinds.test(e.getKey())).map(Map.Entry::getValue)
                .reduce(new Rate(0, 0), Rate::plus);
    }
}
