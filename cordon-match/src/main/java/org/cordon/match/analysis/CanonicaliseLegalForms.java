package org.cordon.match.analysis;

import java.util.List;
import org.cordon.model.PartyType;

/**
 * Replaces legal forms, one word or a phrase, by one canonical token per family of forms ("Co., Ltd.",
 * "Company Limited", "Limited" -> ltd; "OOO", "Limited Liability Company" -> llc; "ZAO", "OAO", "PAO", "PJSC",
 * "Joint Stock Company" -> jsc), from {@code legal-forms.tsv}, which documents the families. Persons are left
 * alone.
 */
final class CanonicaliseLegalForms implements AnalysisStage {

    private final PhraseTable table;

    CanonicaliseLegalForms(PhraseTable table) {
        this.table = table;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        return context.type() == PartyType.PERSON ? terms : table.canonicalise(terms, context);
    }
}
