package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * Splits a word that is legal-form or organisation words written together ("JOINTSTOCK", "COMPANYLIMITED",
 * "OBSHCHESTVOS"), so that the tables can read them. With a {@link Lexicon} (screening a query), also a word no
 * list has that is a table word glued to a word the lists have ("OOOYARGEO", "COMPANYSINARAPROMTRANS",
 * "CHAIKAOJSC"): a word the lists know is never split, so that "PAOLINI" stays a name. Persons are left alone.
 */
final class SplitGluedFormWords implements AnalysisStage {

    /** Shorter words made of table words are names ("SAAB" is not "SA AB"). */
    private static final int MIN_WORD = 5;
    /** A one-letter table word ("s" of "obshchestvo s ...") only in a long word. */
    private static final int MIN_WORD_WITH_LETTER = 8;
    /** The table word and the listed word of a glued pair both have at least this many letters. */
    private static final int MIN_GLUED = 3;

    private final FormVocabulary vocabulary;

    SplitGluedFormWords(FormVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (context.type() == PartyType.PERSON) {
            return terms;
        }
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            List<String> pieces = FormWordTerms.mendable(t) && !vocabulary.contains(t.text())
                    ? pieces(t.text(), context.lexicon()) : null;
            if (pieces == null) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(terms.subList(0, i));
            }
            for (String p : pieces) {
                out.add(t.withText(p).with(Transformation.SPACING_MENDED));
            }
            context.record(Transformation.SPACING_MENDED);
        }
        return out == null ? terms : out;
    }

    /** The pieces of the word, or null to leave it whole. */
    List<String> pieces(String word, Lexicon lexicon) {
        List<String> tableWords = tableWords(word);
        if (tableWords != null) {
            return tableWords;
        }
        if (lexicon == null || lexicon.knows(word)) {
            return null;
        }
        for (int cut = MIN_GLUED; cut <= word.length() - MIN_GLUED; cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if ((vocabulary.contains(head) && lexicon.knows(tail)) || (vocabulary.contains(tail) && lexicon.knows(head))) {
                return List.of(head, tail);
            }
        }
        return null;
    }

    /** The fewest table words the word is made of, or null if it is not made of them. */
    private List<String> tableWords(String word) {
        int n = word.length();
        if (n < MIN_WORD) {
            return null;
        }
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                int len = end - start;
                if (pieces[start] == Integer.MAX_VALUE || len == n
                        || (len == 1 && n < MIN_WORD_WITH_LETTER)
                        || !vocabulary.contains(word.substring(start, end))) {
                    continue;
                }
                if (pieces[start] + 1 < pieces[end]) {
                    pieces[end] = pieces[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, word.substring(from[end], end));
        }
        return out.stream().anyMatch(p -> p.length() >= MIN_GLUED) ? out : null;
    }
}
