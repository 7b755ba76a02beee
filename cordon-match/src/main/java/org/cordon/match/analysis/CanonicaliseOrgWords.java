package org.cordon.match.analysis;

import java.util.List;
import org.cordon.model.PartyType;

/**
 * Replaces common organisation words by one token across spellings and languages ("Technologies", "Tech",
 * "Technical" -> technology; "Telecommunications", "Telecom" -> telecom; "Co" -> company), from
 * {@code org-words.tsv}. They say little about who a party is, so the scorer weighs them less. Runs before
 * legal forms, whose table is written in the canonical organisation words ("co ltd" is read "company ltd").
 * Persons are left alone.
 */
final class CanonicaliseOrgWords implements AnalysisStage {

    private final PhraseTable table;

    CanonicaliseOrgWords(PhraseTable table) {
        this.table = table;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        return context.type() == PartyType.PERSON ? terms : table.canonicalise(terms, context);
    }
}
