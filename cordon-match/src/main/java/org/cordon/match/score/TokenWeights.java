package org.cordon.match.score;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;

/**
 * How much a token counts: rare words identify a party, common ones ("trading", "company") barely do. The
 * weight of a word is its inverse document frequency over all listed names, {@code ln(1 + N / df)}; a word no
 * list has gets the weight of the rarest. Legal forms and particles weigh a fixed little, whatever their frequency.
 */
public final class TokenWeights {

    static final double LEGAL_FORM_WEIGHT = 0.3;

    /** The least number of names document frequencies are read against (see {@link #fromFrequencies}). */
    static final int MIN_CORPUS = 10_000;
    static final double PARTICLE_WEIGHT = 0.6;
    static final double INITIAL_WEIGHT = 1.0;

    private final Map<String, Double> byText;
    private final double unseen;
    private final Set<String> formWords;

    private TokenWeights(Map<String, Double> byText, double unseen, Set<String> formWords) {
        this.byText = byText;
        this.unseen = unseen;
        this.formWords = formWords;
    }

    /**
     * The same weights, except that a word no list has which is one typo from a legal-form or organisation word
     * ("compiany", "ogranichkennoi") weighs like a legal form: a misspelt legal form must not count as a
     * distinctive word the listed name lacks.
     */
    public TokenWeights withFormWords(Set<String> words) {
        return new TokenWeights(byText, unseen, Set.copyOf(words));
    }

    /** Weights learnt from the document frequencies of token texts over {@code names} names. */
    public static TokenWeights fromFrequencies(Map<String, Integer> documentFrequency, int names) {
        Map<String, Double> weights = new HashMap<>(documentFrequency.size() * 2);
        // A small list overstates how common its words are: in the bundled list "huawei" is in a third of the names,
        // yet it is the word that says who a party is. Counting as if the names were drawn from a corpus of at least
        // MIN_CORPUS names keeps such a word heavier than a word no name has; large lists are unaffected.
        double n = Math.max(MIN_CORPUS, names);
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            weights.put(e.getKey(), Math.log(1 + n / e.getValue()));
        }
        return new TokenWeights(weights, Math.log(1 + n), Set.of());
    }

    /** Equal weights for every word: for comparing two names with no list behind them. */
    public static TokenWeights uniform() {
        return new TokenWeights(Map.of(), 5.0, Set.of());
    }

    public double of(Token token) {
        return switch (token.kind()) {
            case LEGAL_FORM -> LEGAL_FORM_WEIGHT;
            case PARTICLE -> PARTICLE_WEIGHT;
            case INITIAL -> INITIAL_WEIGHT;
            default -> ofText(token.text(), token.kind());
        };
    }

    private double ofText(String text, TokenKind kind) {
        Double seen = byText.get(text);
        if (seen == null && kind == TokenKind.WORD && nearFormWord(text)) {
            return LEGAL_FORM_WEIGHT;
        }
        double w = seen == null ? unseen : seen;
        // Organisation words are common by nature; cap them even where a list happens to use one rarely.
        return kind == TokenKind.ORG_WORD ? Math.min(w, 2.0) : w;
    }

    /** The legal-form and organisation words this weighting knows ({@link #withFormWords}). */
    public Set<String> formWords() {
        return formWords;
    }

    private boolean nearFormWord(String text) {
        if (text.length() < 5 || formWords.isEmpty()) {
            return false;
        }
        for (String w : formWords) {
            if (w.length() >= 5 && Math.abs(w.length() - text.length()) <= 1 && EditDistance.within(w, text, 1) <= 1) {
                return true;
            }
        }
        return false;
    }
}
