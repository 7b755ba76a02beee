package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/** Marks words that start with a digit ("5", "2000", "1st", "5g") as numbers, which the scorer compares exactly. */
final class MarkNumbers implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            boolean number = t.kind() == TokenKind.WORD && !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
            out.add(number ? t.withKind(TokenKind.NUMBER) : t);
        }
        return out;
    }
}
