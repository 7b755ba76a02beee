package org.cordon.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Lexicon;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.match.analysis.Token;
import org.cordon.match.index.IdentifierIndex;
import org.cordon.match.index.TrigramIndex;
import org.cordon.match.index.WordNeighbours;
import org.cordon.match.score.Explanation;
import org.cordon.match.score.NameScore;
import org.cordon.match.score.NameScorer;
import org.cordon.match.score.Qualifiers;
import org.cordon.match.score.TokenWeights;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * Screens names against a fixed set of listed parties. Build once (it analyses and indexes every name), then
 * query from any number of threads.
 *
 * <pre>{@code
 * Screener screener = Screener.builder().add("cordon-covered-telecom@1", parties).build();
 * List<Match> matches = screener.screen(ScreeningQuery.of("华为技术有限公司"));
 * }</pre>
 *
 * <p>A query is analysed like the listed names, the trigram index proposes {@value #CANDIDATES} candidate names,
 * each candidate party is scored on its best candidate name (weak aliases count {@value #WEAK_ALIAS_FACTOR} of
 * their score), and qualifiers (type, country, birth date, identifiers) adjust the result.
 */
public final class Screener {

    /** Scores at or above this are matches. Chosen on the evaluation set; see docs/screening.md. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    /** Matches returned unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;

    /** How many names the index proposes for full scoring, at most. */
    static final int CANDIDATES = 64;

    /** Candidates sharing less than this share of the best candidate's weighted trigrams are not scored. */
    static final float CANDIDATE_CUT = 0.35f;

    /** Names of more words than this have enough trigrams left by a typo; the word fallback is not tried. */
    static final int NEIGHBOUR_WORDS_MAX = 4;

    /** Weak aliases (short or generic, as the lists mark them) count this share of their score. */
    static final double WEAK_ALIAS_FACTOR = 0.9;

    private final NameAnalyzer analyzer;
    private final List<Party> parties;
    private final List<String> versions;
    private final int[] entryParty;
    private final List<Name> entryName;
    private final List<AnalyzedName> entryAnalyzed;
    private final TrigramIndex index;
    private final IdentifierIndex identifiers;
    private final NameScorer scorer;
    private final double[][] entryWeights;
    private final Lexicon lexicon;
    private final int nameCount;
    private final int[] entryScript;
    private final WordNeighbours neighbours;

    private Screener(NameAnalyzer analyzer, List<Party> parties, List<String> versions) {
        this.analyzer = analyzer;
        this.parties = parties;
        this.versions = versions;
        List<int[]> refs = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            for (int k = 0; k < parties.get(p).names().size(); k++) {
                refs.add(new int[] {p, k});
            }
        }
        this.nameCount = refs.size();
        List<List<AnalyzedName>> readings = refs.parallelStream()
                .map(r -> analyzer.listedReadings(parties.get(r[0]).names().get(r[1]).value(), parties.get(r[0]).type()))
                .toList();
        // One entry per reading of a name: a Chinese name is indexed as pinyin with its legal forms and organisation
        // words canonical, with those words spelt in pinyin, and, where it has words with an English rendering,
        // translated too; a name with bidirectional controls or letters written apart also as it displays or joined.
        List<Integer> party = new ArrayList<>();
        List<Name> name = new ArrayList<>();
        List<AnalyzedName> analyzed = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            for (AnalyzedName reading : readings.get(i)) {
                party.add(refs.get(i)[0]);
                name.add(parties.get(refs.get(i)[0]).names().get(refs.get(i)[1]));
                analyzed.add(reading);
            }
        }
        this.entryParty = party.stream().mapToInt(Integer::intValue).toArray();
        this.entryName = List.copyOf(name);
        this.entryAnalyzed = List.copyOf(analyzed);
        this.entryScript = entryName.stream().mapToInt(n -> script(n.value())).toArray();
        this.index = TrigramIndex.build(entryAnalyzed);
        this.neighbours = WordNeighbours.build(entryAnalyzed);
        this.identifiers = IdentifierIndex.build(parties, Qualifiers::normalise);
        Map<String, Integer> df = documentFrequencies(entryAnalyzed);
        this.lexicon = df::containsKey;
        this.scorer = new NameScorer(TokenWeights.fromFrequencies(df, entryAnalyzed.size())
                .withFormWords(analyzer.formWords()));
        this.entryWeights = entryAnalyzed.stream().map(scorer::weightsOf).toArray(double[][]::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of names indexed. */
    public int names() {
        return nameCount;
    }

    /** Number of parties indexed. */
    public int parties() {
        return parties.size();
    }

    /** Matches at or above the default threshold, best first, at most {@link #DEFAULT_LIMIT}. */
    public List<Match> screen(ScreeningQuery query) {
        return screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /** Matches at or above the threshold, best first, at most {@code limit}. */
    public List<Match> screen(ScreeningQuery query, double threshold, int limit) {
        List<List<Match>> byReading = new ArrayList<>(2);
        for (AnalyzedName q : analyzer.readings(query.name(), query.type(), lexicon)) {
            int[] entries = q.isEmpty() ? new int[0] : index.candidates(q, CANDIDATES, CANDIDATE_CUT);
            List<Match> ranked = rank(q, query, entries, threshold, limit);
            if (ranked.isEmpty()) {
                ranked = rank(q, query, nearMisspelt(q), threshold, limit);
            }
            byReading.add(ranked);
        }
        return best(byReading, limit);
    }

    /**
     * When the trigrams found nothing: the names holding a listed word one edit from a query word the lists do not
     * have. Only for short names (a swap in one of their few words leaves few trigrams), and at most
     * {@value #CANDIDATES} names.
     */
    private int[] nearMisspelt(AnalyzedName q) {
        if (q.tokens().size() > NEIGHBOUR_WORDS_MAX) {
            return new int[0];
        }
        java.util.Set<Integer> found = new java.util.LinkedHashSet<>();
        for (Token t : q.tokens()) {
            if (WordNeighbours.worthLooking(t) && !lexicon.knows(t.text())) {
                for (int e : neighbours.entriesNear(t.text(), CANDIDATES)) {
                    found.add(e);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).limit(CANDIDATES).toArray();
    }

    /**
     * Like {@link #screen(ScreeningQuery, double, int)} but scores every listed name instead of the index's
     * candidates: the reference for measuring what the candidate stage misses. Slow; not for production use.
     */
    public List<Match> screenExhaustively(ScreeningQuery query, double threshold, int limit) {
        List<List<Match>> byReading = new ArrayList<>(2);
        for (AnalyzedName q : analyzer.readings(query.name(), query.type(), lexicon)) {
            int[] entries = q.isEmpty() ? new int[0] : IntStream.range(0, entryParty.length).toArray();
            byReading.add(rank(q, query, entries, threshold, limit));
        }
        return best(byReading, limit);
    }

    /** Each party's best match over the readings of the query, best first, at most {@code limit}. */
    private static List<Match> best(List<List<Match>> byReading, int limit) {
        if (byReading.size() == 1) {
            return byReading.get(0);
        }
        Map<String, Match> byParty = new LinkedHashMap<>();
        for (List<Match> matches : byReading) {
            for (Match m : matches) {
                byParty.merge(m.party().id(), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Match> all = new ArrayList<>(byParty.values());
        all.sort(BEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    /**
     * Scores each party of the candidate names on its candidate names, and each party a decisive identifier of
     * the query finds; the matches at or above the threshold, best first.
     */
    private List<Match> rank(AnalyzedName q, ScreeningQuery query, int[] entries, double threshold, int limit) {
        double[] wq = scorer.weightsOf(q);
        List<Match> matches = new ArrayList<>();
        // Candidate names grouped by party: party in the high half of a long, name in the low half, sorted.
        long[] byParty = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            byParty[i] = ((long) entryParty[entries[i]] << 32) | entries[i];
        }
        java.util.Arrays.sort(byParty);
        Set<Integer> scored = new HashSet<>();
        int[] group = new int[entries.length];
        for (int i = 0; i < byParty.length; ) {
            int party = (int) (byParty[i] >>> 32);
            int size = 0;
            for (; i < byParty.length && (int) (byParty[i] >>> 32) == party; i++) {
                group[size++] = (int) byParty[i];
            }
            scored.add(party);
            addIfMatch(matches, scoreParty(q, wq, query, party, group, size, threshold));
        }
        for (Identifier id : query.identifiers()) {
            if (id.type().decisive()) {
                for (int p : identifiers.find(id.type(), Qualifiers.normalise(id.value()))) {
                    if (scored.add(p)) {
                        addIfMatch(matches, scoreParty(q, wq, query, p, group, 0, threshold));
                    }
                }
            }
        }
        matches.sort(BEST_FIRST);
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    private static void addIfMatch(List<Match> matches, Match m) {
        if (m != null) {
            matches.add(m);
        }
    }

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(m -> m.party().id());

    /** The analysed form of every indexed name, in index order (for benchmarks comparing other scorers). */
    public List<AnalyzedName> analyzedNames() {
        return entryAnalyzed;
    }

    /** The party of each indexed name, in index order. */
    public List<Party> partyOfEachName() {
        return java.util.Arrays.stream(entryParty).mapToObj(parties::get).toList();
    }

    /** The analyzer this screener uses. */
    public NameAnalyzer analyzer() {
        return analyzer;
    }

    /** The match of a party on the first {@code count} of its candidate names, or null below the threshold. */
    private Match scoreParty(AnalyzedName q, double[] wq, ScreeningQuery query, int partyIndex, int[] entries,
                             int count, double threshold) {
        Party party = parties.get(partyIndex);
        int queryScript = script(q.original());
        double best = -1;
        int bestEntry = -1;
        for (int i = 0; i < count; i++) {
            int e = entries[i];
            double s = scorer.quickScore(q, wq, entryAnalyzed.get(e), entryWeights[e], party.type());
            double v = entryName.get(e).kind() == NameKind.WEAK_AKA ? s * WEAK_ALIAS_FACTOR : s;
            // On a tie, the name written in the query's script: "华为" is better shown against "华为" than "HUAWEI".
            if (v > best || (v == best && entryScript[e] == queryScript && entryScript[bestEntry] != queryScript)) {
                best = v;
                bestEntry = e;
            }
        }
        if (query.identifiers().isEmpty() && round(best + Qualifiers.MAX_RAISE) < threshold) {
            return null; // no qualifier can lift it to the threshold
        }
        Qualifiers.Effect effect = Qualifiers.apply(query.type(), query.country(), query.birthDate(),
                query.identifiers(), party);
        double score = effect.decidedBy().isPresent() ? 1.0 : Math.max(0, Math.min(1, best + effect.adjustment()));
        if (round(score) < threshold) {
            return null; // not reported: spare building its explanation
        }
        List<String> warnings = new ArrayList<>(q.warnings());
        Name matched = bestEntry < 0 ? party.primaryName() : entryName.get(bestEntry);
        AnalyzedName matchedAnalyzed = bestEntry < 0 ? analyzer.analyze(matched.value(), party.type())
                : entryAnalyzed.get(bestEntry);
        NameScore explained = scorer.score(q, matchedAnalyzed, party.type());
        if (matched.kind() == NameKind.WEAK_AKA) {
            warnings.add("matched a weak alias (counts " + WEAK_ALIAS_FACTOR + " of its score)");
        }
        Explanation why = new Explanation(explained.tokens(), effect.descriptions(), warnings, round(explained.score()));
        return new Match(party, versions.get(partyIndex), round(score), matched, why);
    }

    /** How alike two names are, with the explanation; no list involved, so every word weighs the same. */
    public static Comparison compare(String first, String second, PartyType type) {
        NameAnalyzer analyzer = NameAnalyzer.standard();
        AnalyzedName a = analyzer.analyze(first, type);
        AnalyzedName b = analyzer.analyze(second, type);
        NameScore s = new NameScorer(TokenWeights.uniform()).score(a, b, type);
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(b.warnings());
        double score = round(s.score());
        return new Comparison(score, score >= DEFAULT_THRESHOLD,
                new Explanation(s.tokens(), List.of(), warnings, score));
    }

    /** The result of {@link #compare}. */
    public record Comparison(double score, boolean match, Explanation explanation) {}

    private static Map<String, Integer> documentFrequencies(List<AnalyzedName> names) {
        Map<String, Integer> df = new HashMap<>();
        for (AnalyzedName n : names) {
            Set<String> seen = new HashSet<>();
            for (Token t : n.tokens()) {
                if (seen.add(t.text())) {
                    df.merge(t.text(), 1, Integer::sum);
                }
            }
        }
        return df;
    }

    /** The script of the first letter of a name that is not Latin; Latin if there is none. */
    static int script(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.LATIN) {
                    return s.ordinal();
                }
            }
        }
        return Character.UnicodeScript.LATIN.ordinal();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Collects the parties to screen against, with the list version each came from. */
    public static final class Builder {
        private final List<Party> parties = new ArrayList<>();
        private final List<String> versions = new ArrayList<>();
        private NameAnalyzer analyzer;

        public Builder add(String listVersion, Collection<Party> more) {
            for (Party p : more) {
                parties.add(p);
                versions.add(listVersion);
            }
            return this;
        }

        /** Another analyzer than the standard one (tests). */
        public Builder analyzer(NameAnalyzer a) {
            this.analyzer = a;
            return this;
        }

        public Screener build() {
            return new Screener(analyzer != null ? analyzer : NameAnalyzer.standard(), List.copyOf(parties),
                    List.copyOf(versions));
        }
    }
}
