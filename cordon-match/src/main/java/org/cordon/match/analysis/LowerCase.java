package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lower-cases every term, in the root locale (a Turkish locale would turn "I" into a dotless "ı"). */
final class LowerCase implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String lower = term.text().toLowerCase(Locale.ROOT);
            out.add(lower.equals(term.text()) ? term : term.withText(lower));
        }
        return out;
    }
}
