package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * With a {@link Lexicon} (screening a query): reads a word that no list has and that is one typing error from
 * exactly one legal-form or organisation word of five letters or more as that word ("COMPIANY", "LIMTED",
 * "OGRANICHKENNOI"), so that the tables can read the legal form it belongs to. Only in a name with other words:
 * a one-word name is never a legal form. Words the lists have are left as written. Persons are left alone.
 */
final class CorrectFormWordTypos implements AnalysisStage {

    private static final int MIN_LENGTH = 5;

    private final FormVocabulary vocabulary;

    CorrectFormWordTypos(FormVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        Lexicon lexicon = context.lexicon();
        if (lexicon == null || context.type() == PartyType.PERSON || terms.size() < 2) {
            return terms;
        }
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String fixed = FormWordTerms.mendable(t) && t.text().length() >= MIN_LENGTH
                    && !vocabulary.contains(t.text()) && !lexicon.knows(t.text())
                    ? vocabulary.onlyWordOneEditFrom(t.text(), MIN_LENGTH) : null;
            if (fixed != null && out == null) {
                out = new ArrayList<>(terms.subList(0, i));
            }
            if (fixed != null) {
                out.add(t.withText(fixed).with(Transformation.SPELLING_MENDED));
                context.record(Transformation.SPELLING_MENDED);
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? terms : out;
    }
}
