package org.cordon.match.analysis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Notes the name as it now reads in Latin letters, before punctuation, case and canonical words change it:
 * "hua wei ji shu you xian gong si", "Gazprom", "Societe Generale". Explanations show it.
 */
final class RecordLatinForm implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        context.latin(terms.stream().map(Term::readable).collect(Collectors.joining(" ")));
        return terms;
    }
}
