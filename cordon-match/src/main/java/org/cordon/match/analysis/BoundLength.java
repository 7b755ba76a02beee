package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts names at {@value #LIMIT} characters (code points): no real name is longer, and the cost of the later stages
 * grows with the length, so a huge input must not cost more than a long name.
 */
final class BoundLength implements AnalysisStage {

    static final int LIMIT = 1_000;

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String text = term.text();
            if (text.length() > LIMIT && text.codePointCount(0, text.length()) > LIMIT) {
                String cut = text.substring(0, text.offsetByCodePoints(0, LIMIT));
                context.warn("name cut at " + String.format(Locale.ROOT, "%,d", LIMIT) + " characters");
                out.add(term.withText(cut).withSurface(cut));
            } else {
                out.add(term);
            }
        }
        return out;
    }
}
