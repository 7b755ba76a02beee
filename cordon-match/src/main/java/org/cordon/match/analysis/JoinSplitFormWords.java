package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * Joins two or three words that together are a legal-form or organisation word broken by a stray space
 * ("CORPORAT ION", "OBSHC HESTVO", "Technol ogies"), so that the tables can read it. Words that are each table
 * words already ("SP Z OO", "JOINT STOCK") stay apart: the tables read them as they are. Persons are left alone.
 */
final class JoinSplitFormWords implements AnalysisStage {

    private static final int MAX_PIECES = 3;
    private static final int MIN_PIECE = 2;
    private static final int MIN_JOINED = 5;

    private final FormVocabulary vocabulary;

    JoinSplitFormWords(FormVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (context.type() == PartyType.PERSON || terms.size() < 2) {
            return terms;
        }
        List<Term> out = new ArrayList<>(terms.size());
        int i = 0;
        while (i < terms.size()) {
            int len = joinable(terms, i);
            if (len == 0) {
                out.add(terms.get(i));
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            terms.subList(i, i + len).forEach(t -> text.append(t.text()));
            out.add(FormWordTerms.joined(terms, i, len, text.toString(), Transformation.SPACING_MENDED));
            context.record(Transformation.SPACING_MENDED);
            i += len;
        }
        return out;
    }

    /** How many terms from {@code i} join into a table word, longest first; 0 if none. */
    private int joinable(List<Term> terms, int i) {
        for (int len = Math.min(MAX_PIECES, terms.size() - i); len >= 2; len--) {
            StringBuilder joined = new StringBuilder();
            boolean allTableWords = true;
            boolean ok = true;
            for (int k = i; k < i + len && ok; k++) {
                Term t = terms.get(k);
                ok = FormWordTerms.mendable(t) && t.text().length() >= MIN_PIECE;
                allTableWords &= vocabulary.contains(t.text());
                joined.append(t.text());
            }
            if (ok && !allTableWords && joined.length() >= MIN_JOINED && vocabulary.contains(joined.toString())) {
                return len;
            }
        }
        return 0;
    }
}
