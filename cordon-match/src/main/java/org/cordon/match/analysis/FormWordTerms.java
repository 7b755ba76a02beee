package org.cordon.match.analysis;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the stages mending legal-form and organisation words share. */
final class FormWordTerms {

    private FormWordTerms() {}

    /** A plain Latin word of letters: Han syllables, digits, particles and the like are never mended. */
    static boolean mendable(Term t) {
        if (t.fromHan() || t.kind() != TokenKind.WORD) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            char c = t.text().charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One term of the texts of {@code len} terms from {@code from}, marked {@code how}. */
    static Term joined(List<Term> terms, int from, int len, String text, Transformation how) {
        Term first = terms.get(from);
        Set<String> surfaces = new LinkedHashSet<>();
        Set<Transformation> ts = EnumSet.of(how);
        boolean oneWord = true;
        for (int k = from; k < from + len; k++) {
            surfaces.add(terms.get(k).surface());
            ts.addAll(terms.get(k).transformations());
            oneWord &= terms.get(k).word() == first.word();
        }
        return new Term(text, String.join(" ", surfaces), TokenKind.WORD, ts, oneWord ? first.word() : -1,
                Token.NO_GROUP, first.clause(), null, false);
    }
}
