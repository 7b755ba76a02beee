package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks single letters of person names as initials ("J. Smith"). Dotted initials written together ("J.R. Smith",
 * joined as an acronym by {@link SplitPunctuation}) are split into one initial each, when the name also has a
 * word of two letters or more: "A.B.C." alone stays an acronym.
 */
final class MarkInitials implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (!LooksLikePerson.test(context.type(), terms)) {
            return terms;
        }
        boolean hasWord = terms.stream().anyMatch(t -> !t.acronym() && t.text().length() > 1
                && Character.isLetter(t.text().charAt(0)));
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.kind() != TokenKind.WORD || t.fromHan()) {
                out.add(t);
            } else if (t.acronym() && hasWord) {
                for (char c : t.text().toCharArray()) {
                    out.add(t.withText(String.valueOf(c)).withKind(TokenKind.INITIAL).withAcronym(false));
                }
            } else if (t.text().length() == 1 && Character.isLetter(t.text().charAt(0))) {
                out.add(t.withKind(TokenKind.INITIAL));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
