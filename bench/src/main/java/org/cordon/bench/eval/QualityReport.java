package org.cordon.bench.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.bench.RealLists;
import org.cordon.match.Match;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Name;
import org.cordon.model.Party;

/**
 * Measures the screener on the evaluation set: loads every real list, builds one {@link Screener}, screens every
 * query of the set (limit 10) and prints precision, recall and F1 at the default threshold, recall per variant
 * kind, negatives flagged per negative kind, a threshold sweep, the first-hit rate of the Chinese queries, and
 * the worst misses and false positives to guide tuning. Usage: {@code QualityReport LISTS_DIR}, LISTS_DIR being
 * {@code shared/data/lists}.
 */
public final class QualityReport {

    private QualityReport() {}

    private static final int LIMIT = 10;
    private static final double[] SWEEP = {0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95};
    private static final int SHOWN = 20;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: QualityReport LISTS_DIR");
            System.exit(2);
        }
        PrintStream out = System.out;
        List<RealLists.LoadedList> lists = RealLists.load(Path.of(args[0]));
        List<Party> parties = new ArrayList<>();
        lists.forEach(l -> parties.addAll(l.parties()));
        EvaluationSet set = EvaluationSet.generate(parties, EvaluationSet.Settings.defaults());
        set.notes().forEach(n -> out.println("note: " + n));

        long start = System.nanoTime();
        Screener screener;
        try {
            Screener.Builder builder = Screener.builder();
            lists.forEach(l -> builder.add(l.listVersion(), l.parties()));
            screener = builder.build();
        } catch (UnsupportedOperationException e) {
            System.err.println("the screener cannot be built: " + e.getMessage());
            System.exit(1);
            return;
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;

        // Screen once at the lowest threshold of interest; every higher threshold's matches are a prefix.
        double floor = Math.min(SWEEP[0], Screener.DEFAULT_THRESHOLD);
        int threads = Runtime.getRuntime().availableProcessors();
        start = System.nanoTime();
        List<QueryOutcome> outcomes = screenAll(screener, set.queries(), floor, threads, out);
        double screenSeconds = (System.nanoTime() - start) / 1e9;

        Scorecard atDefault = Scorecard.of(outcomes, Screener.DEFAULT_THRESHOLD);
        out.printf("%d queries (%d variants, %d negatives) against %d parties of %d lists%n", outcomes.size(),
                atDefault.recall().total(), atDefault.negativesFlagged().total(), parties.size(), lists.size());
        out.printf("screener built in %.1f s; queries screened in %.1f s (%.0f a second, %d thread%s)%n%n",
                buildSeconds, screenSeconds, outcomes.size() / screenSeconds, threads, threads == 1 ? "" : "s");
        printSummary(out, atDefault);
        printKinds(out, atDefault);
        printSweep(out, outcomes);
        printReviewBand(out, outcomes);
        EditedCoveredNames.print(out, screener, parties, new double[] {0.60, 0.65, 0.70, 0.75, 0.80},
                Screener.DEFAULT_THRESHOLD);
        printChinese(out, outcomes);
        Map<String, Party> byId = new HashMap<>();
        parties.forEach(p -> byId.put(p.id(), p));
        printWorstMisses(out, outcomes, byId);
        printFalsePositives(out, outcomes);
    }

    private static List<QueryOutcome> screenAll(Screener screener, List<LabelledQuery> queries, double threshold,
                                                int threads, PrintStream out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<QueryOutcome>> futures = new ArrayList<>();
            for (LabelledQuery q : queries) {
                futures.add(pool.submit(() -> screen(screener, q, threshold)));
            }
            List<QueryOutcome> outcomes = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // A query the screener throws on counts as one with no match, and is reported.
                    if (failures++ < 5) {
                        out.println("screening '" + queries.get(i).query() + "' failed: " + e.getCause());
                    }
                    outcomes.add(new QueryOutcome(queries.get(i), List.of()));
                }
            }
            if (failures > 0) {
                out.println(failures + " queries failed and count as having no match");
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private static QueryOutcome screen(Screener screener, LabelledQuery q, double threshold) {
        List<QueryOutcome.Hit> hits = new ArrayList<>();
        for (Match m : screener.screen(ScreeningQuery.of(q.query(), q.type()), threshold, LIMIT)) {
            hits.add(new QueryOutcome.Hit(m.party().id(), m.matchedName().value(), m.score()));
        }
        return new QueryOutcome(q, hits);
    }

    private static void printSummary(PrintStream out, Scorecard s) {
        out.printf("At the default threshold %.2f (limit %d):%n", s.threshold(), LIMIT);
        out.printf("  precision          %.3f  (%d of %d matches are expected parties)%n", s.precision(), s.correct(),
                s.returned());
        out.printf("  recall             %.3f  (%d of %d variants found)%n", s.recall().value(), s.recall().count(),
                s.recall().total());
        out.printf("  F1                 %.3f%n", s.f1());
        out.printf("  negatives flagged  %.3f  (%d of %d)%n%n", s.negativesFlagged().value(),
                s.negativesFlagged().count(), s.negativesFlagged().total());
    }

    private static void printKinds(PrintStream out, Scorecard s) {
        out.println("Recall by kind:");
        s.byKind().forEach((kind, rate) -> {
            if (!kind.isNegative()) {
                out.printf("  %-16s %.3f  %5d / %5d%n", kind.label(), rate.value(), rate.count(), rate.total());
            }
        });
        out.println("Negatives flagged by kind:");
        s.byKind().forEach((kind, rate) -> {
            if (kind.isNegative()) {
                out.printf("  %-16s %.3f  %5d / %5d%n", kind.label(), rate.value(), rate.count(), rate.total());
            }
        });
        out.println();
    }

    private static void printSweep(PrintStream out, List<QueryOutcome> outcomes) {
        out.println("Threshold sweep:");
        out.println("  threshold  recall  negatives flagged  precision     F1");
        for (double t : SWEEP) {
            Scorecard s = Scorecard.of(outcomes, t);
            out.printf("  %9.2f  %6.3f  %17.3f  %9.3f  %5.3f%s%n", t, s.recall().value(), s.negativesFlagged().value(),
                    s.precision(), s.f1(), Math.abs(t - Screener.DEFAULT_THRESHOLD) < 1e-9 ? "  (default)" : "");
        }
        out.println();
    }

    /**
     * The review band of decisions (cordon-policy's {@code Resolver.REVIEW_FLOOR} up to the threshold): a query
     * with no match at the threshold and one in the band is REVIEW. For each candidate floor: how many of the
     * variants missed at the threshold the band sends to review (with an expected party among the candidates),
     * and how many negatives of each kind it sends to review, the burden the floor puts on reviewers.
     */
    private static void printReviewBand(PrintStream out, List<QueryOutcome> outcomes) {
        double t = Screener.DEFAULT_THRESHOLD;
        List<QueryOutcome> missed = outcomes.stream().filter(o -> !o.query().kind().isNegative() && !o.found(t)).toList();
        out.printf("Review band (from the floor up to %.2f: no match at the threshold, a candidate in the band):%n", t);
        out.printf("  floor  missed variants sent to review (%d missed)  negatives sent to review: person   org  hard  all%n",
                missed.size());
        for (double floor : SWEEP) {
            if (floor >= t) {
                break;
            }
            long caught = missed.stream().filter(o -> o.hits().stream()
                    .anyMatch(h -> h.score() >= floor && h.score() < t && o.query().expects(h.partyId()))).count();
            Map<QueryKind, long[]> negatives = new java.util.EnumMap<>(QueryKind.class);
            for (QueryOutcome o : outcomes) {
                if (!o.query().kind().isNegative()) {
                    continue;
                }
                long[] n = negatives.computeIfAbsent(o.query().kind(), k -> new long[2]);
                n[1]++;
                if (o.at(t).isEmpty() && !o.at(floor).isEmpty()) {
                    n[0]++;
                }
            }
            long inBand = negatives.values().stream().mapToLong(n -> n[0]).sum();
            long all = negatives.values().stream().mapToLong(n -> n[1]).sum();
            out.printf("  %5.2f  %42d  %30.3f %5.3f %5.3f %5.3f%n", floor, caught,
                    share(negatives.get(QueryKind.NEGATIVE_PERSON)), share(negatives.get(QueryKind.NEGATIVE_ORG)),
                    share(negatives.get(QueryKind.NEGATIVE_HARD)), all == 0 ? Double.NaN : (double) inBand / all);
        }
        out.println();
    }

    private static double share(long[] n) {
        return n == null || n[1] == 0 ? Double.NaN : (double) n[0] / n[1];
    }

    private static void printChinese(PrintStream out, List<QueryOutcome> outcomes) {
        double t = Screener.DEFAULT_THRESHOLD;
        List<QueryOutcome> chinese = outcomes.stream()
                .filter(o -> !o.query().kind().isNegative() && NameKeys.hasHan(o.query().query())).toList();
        Scorecard.Rate first = Scorecard.firstHits(chinese, t, q -> true);
        long found = chinese.stream().filter(o -> o.found(t)).count();
        out.printf("Chinese queries: %d; found %d (%.3f); first-hit rate %.3f (%d ranked an expected party first)%n%n",
                chinese.size(), found, chinese.isEmpty() ? Double.NaN : (double) found / chinese.size(),
                first.value(), first.count());
    }

    /**
     * Misses, furthest first by the best score any name of an expected party gets from {@link Screener#compare},
     * taking the kinds in turn so that one kind's misses do not hide the others'.
     */
    private static void printWorstMisses(PrintStream out, List<QueryOutcome> outcomes, Map<String, Party> byId) {
        double t = Screener.DEFAULT_THRESHOLD;
        Map<QueryKind, Deque<Miss>> byKind = new EnumMap<>(QueryKind.class);
        for (QueryOutcome o : outcomes) {
            LabelledQuery q = o.query();
            if (!q.kind().isNegative() && !o.found(t)) {
                byKind.computeIfAbsent(q.kind(), k -> new ArrayDeque<>()).add(closestExpected(o, byId));
            }
        }
        byKind.replaceAll((k, misses) -> new ArrayDeque<>(misses.stream()
                .sorted(Comparator.comparingDouble(Miss::expectedScore)).toList()));
        out.printf("%d worst misses (closest expected name by Screener.compare, lowest first, kinds in turn):%n",
                SHOWN);
        List<Miss> picked = new ArrayList<>();
        while (picked.size() < SHOWN && byKind.values().stream().anyMatch(d -> !d.isEmpty())) {
            for (Deque<Miss> misses : byKind.values()) {
                if (picked.size() < SHOWN && !misses.isEmpty()) {
                    picked.add(misses.poll());
                }
            }
        }
        for (Miss m : picked) {
            LabelledQuery q = m.outcome().query();
            List<QueryOutcome.Hit> hits = m.outcome().hits();
            String best = hits.isEmpty() ? "no candidate at " + SWEEP[0]
                    : String.format("best %s \"%s\" %.3f", hits.get(0).partyId(), hits.get(0).matchedName(),
                            hits.get(0).score());
            out.printf("  [%s] \"%s\" expected %s \"%s\" (%.3f); %s%n", q.kind().label(), q.query(), describe(q),
                    m.expectedName(), m.expectedScore(), best);
        }
        out.println();
    }

    private record Miss(QueryOutcome outcome, String expectedName, double expectedScore) {}

    /** The name of an expected party that compares best with the query, and its score (NaN if none scored). */
    private static Miss closestExpected(QueryOutcome o, Map<String, Party> byId) {
        LabelledQuery q = o.query();
        String bestName = q.source();
        double best = Double.NaN;
        for (String id : q.expectedIds()) {
            for (Name name : byId.get(id).names()) {
                double score;
                try {
                    score = Screener.compare(q.query(), name.value(), q.type()).score();
                } catch (RuntimeException e) {
                    continue;
                }
                if (Double.isNaN(best) || score > best) {
                    best = score;
                    bestName = name.value();
                }
            }
        }
        return new Miss(o, bestName, best);
    }

    /**
     * The highest-scoring matches of parties a query does not expect: of negatives (the false positives proper),
     * then of variants (another party's name scoring above the threshold). One line per query source and matched
     * party, as the variants of one name tend to hit the same wrong party.
     */
    private static void printFalsePositives(PrintStream out, List<QueryOutcome> outcomes) {
        record Wrong(LabelledQuery query, QueryOutcome.Hit hit) {}
        List<Wrong> wrong = new ArrayList<>();
        for (QueryOutcome o : outcomes) {
            for (QueryOutcome.Hit h : o.at(Screener.DEFAULT_THRESHOLD)) {
                if (!o.query().expects(h.partyId())) {
                    wrong.add(new Wrong(o.query(), h));
                }
            }
        }
        wrong.sort(Comparator.comparingDouble((Wrong w) -> -w.hit().score()));
        long onNegatives = wrong.stream().filter(w -> w.query().kind().isNegative()).count();
        out.printf("Wrong matches: %d, %d of them on negatives, %d on variants%n", wrong.size(), onNegatives,
                wrong.size() - onNegatives);
        for (boolean negatives : new boolean[] {true, false}) {
            out.printf("%d worst %s:%n", negatives ? SHOWN : SHOWN / 2,
                    negatives ? "false positives (negatives flagged)" : "wrong matches on variants");
            Set<String> shown = new HashSet<>();
            int count = 0;
            for (Wrong w : wrong) {
                LabelledQuery q = w.query();
                String source = q.source().isEmpty() ? q.query() : q.source();
                if (q.kind().isNegative() != negatives || !shown.add(source + "\n" + w.hit().partyId())) {
                    continue;
                }
                if (count++ == (negatives ? SHOWN : SHOWN / 2)) {
                    break;
                }
                out.printf("  %.3f [%s] \"%s\" matched %s \"%s\"%s%n", w.hit().score(), q.kind().label(), q.query(),
                        w.hit().partyId(), w.hit().matchedName(),
                        negatives ? (q.source().isEmpty() ? "" : "; made from \"" + q.source() + "\"")
                                : "; expected " + describe(q));
            }
        }
    }

    private static String describe(LabelledQuery q) {
        String first = q.expectedIds().first();
        return q.expectedIds().size() == 1 ? first : first + " (+" + (q.expectedIds().size() - 1) + ")";
    }
}
