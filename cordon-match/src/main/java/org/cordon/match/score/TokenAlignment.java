package org.cordon.match.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;

/**
 * Pairs the tokens of two names. A pairing joins one token to one token, or a run of up to
 * {@value #MAX_JOIN} adjacent tokens to one token, so that "AL QAIDA" meets "ALQAIDA" and "hua wei" (华为) meets
 * "huawei". Pairings are chosen greedily, best similarity first; no token is used twice.
 */
final class TokenAlignment {

    static final int MAX_JOIN = 4;
    /** Below this two words do not meet. */
    static final double MIN_SIMILARITY = 0.8;

    private TokenAlignment() {}

    /** Most similar first; then the pairing covering more tokens; then the one with nearer positions. */
    private static final Comparator<Pairing> BEST_FIRST = Comparator.comparingDouble(Pairing::similarity).reversed()
            .thenComparing(Comparator.comparingInt(Pairing::size).reversed())
            .thenComparingInt(p -> Math.abs(p.qFrom() - p.nFrom()));

    private static final Comparator<Pairing> BY_QUERY_POSITION = Comparator.comparingInt(Pairing::qFrom);

    /** How two runs of tokens met. */
    enum Kind { EXACT, TYPO, INITIAL, JOINED, LEGAL_FORM, OTHER_LEGAL_FORM }

    /**
     * One pairing: query tokens {@code [qFrom, qTo)} with listed tokens {@code [nFrom, nTo)}; one side is a single
     * token.
     */
    record Pairing(int qFrom, int qTo, int nFrom, int nTo, double similarity, Kind kind) {
        int size() {
            return (qTo - qFrom) + (nTo - nFrom);
        }
    }

    static List<Pairing> align(List<Token> q, List<Token> n) {
        return align(q, n, Set.of());
    }

    /**
     * @param formWords legal-form and organisation words: a word that is another with one of these glued on
     *                  ("companysinarapromtrans" ~ "sinarapromtrans") meets it
     */
    static List<Pairing> align(List<Token> q, List<Token> n, Set<String> formWords) {
        List<Pairing> candidates = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < n.size(); j++) {
                addSingle(candidates, q, n, i, j, formWords);
            }
        }
        addJoins(candidates, q, n, false);
        addJoins(candidates, n, q, true);
        if (candidates.size() > 1) {
            candidates.sort(BEST_FIRST);
        }
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedN = new boolean[n.size()];
        List<Pairing> chosen = new ArrayList<>();
        for (Pairing p : candidates) {
            if (free(usedQ, p.qFrom(), p.qTo()) && free(usedN, p.nFrom(), p.nTo())) {
                mark(usedQ, p.qFrom(), p.qTo());
                mark(usedN, p.nFrom(), p.nTo());
                chosen.add(p);
            }
        }
        if (chosen.size() > 1) {
            chosen.sort(BY_QUERY_POSITION);
        }
        return chosen;
    }

    private static void addSingle(List<Pairing> out, List<Token> q, List<Token> n, int i, int j,
                                  Set<String> formWords) {
        Token a = q.get(i);
        Token b = n.get(j);
        boolean legalA = a.kind() == TokenKind.LEGAL_FORM;
        boolean legalB = b.kind() == TokenKind.LEGAL_FORM;
        if (legalA || legalB) {
            if (legalA && legalB) {
                boolean same = a.text().equals(b.text());
                out.add(new Pairing(i, i + 1, j, j + 1, same ? 1.0 : 0.6, same ? Kind.LEGAL_FORM : Kind.OTHER_LEGAL_FORM));
            }
            return;
        }
        if (a.text().equals(b.text())) {
            out.add(new Pairing(i, i + 1, j, j + 1, 1.0, Kind.EXACT));
            return;
        }
        if (a.kind() == TokenKind.NUMBER || b.kind() == TokenKind.NUMBER) {
            return; // numbers meet only exactly
        }
        if (isInitialOf(a, b) || isInitialOf(b, a)) {
            out.add(new Pairing(i, i + 1, j, j + 1, 0.85, Kind.INITIAL));
            return;
        }
        double typo = typoSimilarity(a.text(), b.text());
        if (typo >= MIN_SIMILARITY) {
            out.add(new Pairing(i, i + 1, j, j + 1, typo, Kind.TYPO));
        } else if (gluedToFormWord(a.text(), b.text(), formWords) || gluedToFormWord(b.text(), a.text(), formWords)) {
            out.add(new Pairing(i, i + 1, j, j + 1, 0.9, Kind.JOINED));
        }
    }

    /** True when {@code longer} is {@code word} with a legal-form or organisation word glued before or after it. */
    static boolean gluedToFormWord(String longer, String word, Set<String> formWords) {
        if (word.length() < 3 || longer.length() <= word.length() + 1 || formWords.isEmpty()) {
            return false;
        }
        if (longer.startsWith(word)) {
            return formWords.contains(longer.substring(word.length()));
        }
        if (longer.endsWith(word)) {
            return formWords.contains(longer.substring(0, longer.length() - word.length()));
        }
        return false;
    }

    /**
     * Runs of 2..MAX_JOIN adjacent tokens on one side against single tokens on the other. A run is joined from the
     * tokens' canonical texts and, where it holds a legal form or organisation word, also from their written forms,
     * so that "ZTECorporation" meets "ZTE Corporation" although "Corporation" is canonically "corp".
     */
    private static void addJoins(List<Pairing> out, List<Token> many, List<Token> one, boolean swapped) {
        if (many.size() < 2 || one.isEmpty()) {
            return;
        }
        // A run meets a single token only if their lengths differ by one at most: runs that cannot are not built.
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (Token t : one) {
            if (joinable(t)) {
                shortest = Math.min(shortest, t.text().length());
                longest = Math.max(longest, t.text().length());
            }
        }
        if (longest == 0) {
            return;
        }
        String[] written = new String[many.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = writtenForm(many.get(i));
        }
        for (int from = 0; from < many.size(); from++) {
            if (!joinable(many.get(from))) {
                continue;
            }
            int canonicalLength = many.get(from).text().length();
            int writtenLength = written[from].length();
            for (int to = from + 2; to <= Math.min(many.size(), from + MAX_JOIN); to++) {
                Token next = many.get(to - 1);
                if (!joinable(next)) {
                    break;
                }
                canonicalLength += next.text().length();
                writtenLength += written[to - 1].length();
                if (Math.min(canonicalLength, writtenLength) > longest + 1) {
                    break;
                }
                if (Math.max(canonicalLength, writtenLength) < shortest - 1) {
                    continue;
                }
                String a = join(many, from, to, null);
                String b = sameTexts(many, written, from, to) ? a : join(many, from, to, written);
                for (int j = 0; j < one.size(); j++) {
                    Token single = one.get(j);
                    if (!joinable(single)) {
                        continue;
                    }
                    double sim = Math.max(joinSimilarity(a, single.text()),
                            b.equals(a) ? 0 : joinSimilarity(b, single.text()));
                    if (sim > 0) {
                        out.add(swapped ? new Pairing(j, j + 1, from, to, sim, Kind.JOINED)
                                : new Pairing(from, to, j, j + 1, sim, Kind.JOINED));
                    }
                }
            }
        }
    }

    /** The texts of tokens {@code [from, to)} joined: canonical, or as written when {@code written} is given. */
    private static String join(List<Token> tokens, int from, int to, String[] written) {
        StringBuilder sb = new StringBuilder(32);
        for (int i = from; i < to; i++) {
            sb.append(written == null ? tokens.get(i).text() : written[i]);
        }
        return sb.toString();
    }

    private static boolean sameTexts(List<Token> tokens, String[] written, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!written[i].equals(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static double joinSimilarity(String joined, String single) {
        if (Math.abs(single.length() - joined.length()) > 1) {
            return 0;
        }
        if (joined.equals(single)) {
            return 1.0;
        }
        return joined.length() >= 6 && EditDistance.within(joined, single, 1) <= 1 ? 0.9 : 0;
    }

    /** A legal form's or organisation word's text as written ("corporation" for "Corporation"), if Latin. */
    private static String writtenForm(Token t) {
        if (t.kind() != TokenKind.LEGAL_FORM && t.kind() != TokenKind.ORG_WORD) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder(t.surface().length());
        for (int i = 0; i < t.surface().length(); i++) {
            char c = Character.toLowerCase(t.surface().charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c > 127 && Character.isLetterOrDigit(c)) {
                return t.text(); // not Latin: only the canonical text can meet a Latin word
            }
        }
        return sb.length() == 0 ? t.text() : sb.toString();
    }

    /** Any token but an initial may be half of a word written apart ("GHS TECHNOLOGY" ~ "GHSTECHNOLOGY"). */
    private static boolean joinable(Token t) {
        return t.kind() != TokenKind.INITIAL;
    }

    private static boolean isInitialOf(Token initial, Token word) {
        return initial.kind() == TokenKind.INITIAL && word.kind() != TokenKind.INITIAL
                && word.text().charAt(0) == initial.text().charAt(0);
    }

    /**
     * Similarity of two different words allowing for typing errors: one edit in a word of four letters or more
     * (less alike in four-letter words), two in one of nine or more. Shorter words must be equal: "ali" and "alo"
     * are different names.
     */
    static double typoSimilarity(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return 0;
        }
        if (shorter == 4) {
            return EditDistance.within(a, b, 1) <= 1 ? 0.85 : 0;
        }
        int bound = shorter >= 9 ? 2 : 1;
        int d = EditDistance.within(a, b, bound);
        if (d > bound) {
            return 0;
        }
        return d == 1 ? 0.9 : 0.82;
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
