package org.cordon.match.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cordon.match.score.Explanation.TokenMatch;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.Transformation;
import org.cordon.model.PartyType;

/**
 * Scores a query name against a listed name from their token pairing.
 *
 * <p>The score mixes how much of the query was found in the listed name and how much of the listed name the query
 * accounts for, each weighted by token rarity: {@code 0.65 * queryCoverage + 0.35 * listedCoverage}. The query
 * side counts more because users type short forms ("Huawei" for "Huawei Technologies Co., Ltd."), while a query
 * word that the listed name lacks ("Banco Nacional de Chile" against "... de Cuba") counts fully against it.
 * Organisations whose words meet in another order lose {@value #REORDER_PENALTY}; persons' names are written in
 * either order and lose nothing.
 */
public final class NameScorer {

    static final double QUERY_SHARE = 0.65;
    static final double REORDER_PENALTY = 0.03;

    private final TokenWeights weights;

    public NameScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /**
     * The score alone, without building the explanation: for ranking many candidates. Token weights are passed in
     * so that a query's are computed once and a listed name's once at index time ({@link #weightsOf}).
     */
    public double quickScore(AnalyzedName query, double[] wq, AnalyzedName listed, double[] wn, PartyType type) {
        if (query.isEmpty() || listed.isEmpty()) {
            return 0;
        }
        List<TokenAlignment.Pairing> pairings = TokenAlignment.align(query.tokens(), listed.tokens(), weights.formWords());
        double metQ = 0;
        double metN = 0;
        for (TokenAlignment.Pairing p : pairings) {
            metQ += p.similarity() * sum(wq, p.qFrom(), p.qTo());
            metN += p.similarity() * sum(wn, p.nFrom(), p.nTo());
        }
        return combine(metQ, sum(wq, 0, wq.length), metN, sum(wn, 0, wn.length), isReordered(pairings), type);
    }

    private static double combine(double metQ, double totalQ, double metN, double totalN, boolean reordered,
                                  PartyType type) {
        double coverageQ = totalQ == 0 ? 0 : metQ / totalQ;
        double coverageN = totalN == 0 ? 0 : metN / totalN;
        double score = QUERY_SHARE * coverageQ + (1 - QUERY_SHARE) * coverageN;
        if (reordered && type != PartyType.PERSON) {
            score -= REORDER_PENALTY;
        }
        return clamp(score);
    }

    /** The weight of each token of a name. */
    public double[] weightsOf(AnalyzedName name) {
        return weightsOf(name.tokens());
    }

    /** The score with its explanation. */
    public NameScore score(AnalyzedName query, AnalyzedName listed, PartyType type) {
        List<Token> q = query.tokens();
        List<Token> n = listed.tokens();
        if (query.isEmpty() || listed.isEmpty()) {
            return NameScore.NONE;
        }
        List<TokenAlignment.Pairing> pairings = TokenAlignment.align(q, n, weights.formWords());
        double[] wq = weightsOf(q);
        double[] wn = weightsOf(n);
        double totalQ = sum(wq, 0, wq.length);
        double totalN = sum(wn, 0, wn.length);
        double metQ = 0;
        double metN = 0;
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedN = new boolean[n.size()];
        List<TokenMatch> matches = new ArrayList<>();
        for (TokenAlignment.Pairing p : pairings) {
            metQ += p.similarity() * sum(wq, p.qFrom(), p.qTo());
            metN += p.similarity() * sum(wn, p.nFrom(), p.nTo());
            for (int i = p.qFrom(); i < p.qTo(); i++) {
                usedQ[i] = true;
            }
            for (int j = p.nFrom(); j < p.nTo(); j++) {
                usedN[j] = true;
            }
            matches.add(new TokenMatch(describe(q, p.qFrom(), p.qTo()), describe(n, p.nFrom(), p.nTo()),
                    round(p.similarity()), how(p, q, n)));
        }
        boolean reordered = isReordered(pairings);
        for (int i = 0; i < q.size(); i++) {
            if (!usedQ[i]) {
                matches.add(new TokenMatch(describe(q, i, i + 1), "", 0, List.of("not in the listed name")));
            }
        }
        for (int j = 0; j < n.size(); j++) {
            if (!usedN[j]) {
                matches.add(new TokenMatch("", describe(n, j, j + 1), 0, List.of("not in the query")));
            }
        }
        double coverageQ = totalQ == 0 ? 0 : metQ / totalQ;
        double coverageN = totalN == 0 ? 0 : metN / totalN;
        return new NameScore(combine(metQ, totalQ, metN, totalN, reordered, type), coverageQ, coverageN, matches,
                reordered);
    }

    private double[] weightsOf(List<Token> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.of(tokens.get(i));
        }
        return w;
    }

    private static double sum(double[] w, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += w[i];
        }
        return s;
    }

    /** True when some pair of pairings crosses: the words meet in another order. */
    private static boolean isReordered(List<TokenAlignment.Pairing> byQuery) {
        int lastN = -1;
        for (TokenAlignment.Pairing p : byQuery) {
            if (p.nFrom() < lastN) {
                return true;
            }
            lastN = p.nFrom();
        }
        return false;
    }

    /** "华为 -> hua wei" when analysis changed the text, else the text. */
    private static String describe(List<Token> tokens, int from, int to) {
        Set<String> surfaces = new LinkedHashSet<>();
        StringBuilder texts = new StringBuilder();
        for (int i = from; i < to; i++) {
            surfaces.add(tokens.get(i).surface());
            if (texts.length() > 0) {
                texts.append(' ');
            }
            texts.append(tokens.get(i).text());
        }
        String surface = String.join(" ", surfaces).strip();
        String text = texts.toString();
        return surface.isEmpty() || surface.toLowerCase(Locale.ROOT).equals(text) ? text : surface + " -> " + text;
    }

    private static List<String> how(TokenAlignment.Pairing p, List<Token> q, List<Token> n) {
        Set<String> how = new LinkedHashSet<>();
        how.add(switch (p.kind()) {
            case EXACT -> "exact";
            case TYPO -> "typo";
            case INITIAL -> "initial";
            case JOINED -> (p.qTo() - p.qFrom() > 1 ? "joined" : "split") + " words";
            case LEGAL_FORM -> "legal form";
            case OTHER_LEGAL_FORM -> "another legal form";
        });
        addTransformations(how, q, p.qFrom(), p.qTo());
        addTransformations(how, n, p.nFrom(), p.nTo());
        return List.copyOf(how);
    }

    private static void addTransformations(Set<String> how, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Transformation t : tokens.get(i).transformations()) {
                how.add(label(t));
            }
        }
    }

    static String label(Transformation t) {
        return switch (t) {
            case INVISIBLE_REMOVED -> "invisible characters removed";
            case BIDI_REORDERED -> "read in displayed order";
            case SPACED_LETTERS_JOINED -> "spaced letters joined";
            case RUN_TOGETHER_SPLIT -> "words run together split";
            case COMPATIBILITY_NORMALISED -> "compatibility forms unified";
            case DIACRITICS_REMOVED -> "accents removed";
            case CONFUSABLE_FOLDED -> "look-alike letters folded";
            case TRANSLITERATED -> "transliterated";
            case LEGAL_FORM_CANONICALISED -> "legal form";
            case ORG_WORD_CANONICALISED -> "organisation word";
            case REORDERED -> "surname first reordered";
            case PUNCTUATION_REMOVED -> "punctuation removed";
            case SPACING_MENDED -> "spacing mended";
            case SPELLING_MENDED -> "misspelling of a legal form mended";
            case TRANSLATED -> "translated";
            case CANTONESE_READ -> "read in Cantonese";
        };
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
