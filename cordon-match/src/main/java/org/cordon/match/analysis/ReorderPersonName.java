package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a person's name written "SURNAME, Given" in the order "Given SURNAME", as lists and queries mix both:
 * "BIN LADIN, Usama" -> "Usama BIN LADIN". Only when the name has exactly two non-empty parts around commas; a
 * name of unknown type only when it looks like a person's ({@link LooksLikePerson}): "Huawei Technologies, Inc."
 * stays as it is.
 */
final class ReorderPersonName implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (terms.size() < 2 || !LooksLikePerson.test(context.type(), terms)) {
            return terms;
        }
        List<Term> surname = new ArrayList<>();
        List<Term> given = new ArrayList<>();
        for (Term t : terms) {
            switch (t.clause()) {
                case 0 -> surname.add(t);
                case 1 -> given.add(t);
                default -> {
                    return terms;
                }
            }
        }
        if (surname.isEmpty() || given.isEmpty()) {
            return terms;
        }
        context.record(Transformation.REORDERED);
        List<Term> out = new ArrayList<>(terms.size());
        given.forEach(t -> out.add(t.withClause(0).with(Transformation.REORDERED)));
        surname.forEach(t -> out.add(t.with(Transformation.REORDERED)));
        return out;
    }
}
