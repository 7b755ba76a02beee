package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits words at punctuation and decides what each mark means:
 * <ul>
 *   <li>hyphens, slashes, brackets, dots and other marks break a word: "AL-QAIDA" -> "AL", "QAIDA"; the scorer
 *       joins adjacent tokens again, so "AL QAIDA", "AL-QAIDA" and "ALQAIDA" all meet;</li>
 *   <li>dotted single letters are one acronym: "A.B.C." -> "ABC", "S.p.A." -> "SpA", "L.L.C." -> "LLC";</li>
 *   <li>apostrophes (and the middle dot of BGN romanisation) are dropped inside a word: "O'Brien" -> "OBrien";</li>
 *   <li>dots and commas between digits are dropped: "1,000" -> "1000";</li>
 *   <li>"&amp;" is the word "and": "Johnson &amp; Johnson" meets "Johnson and Johnson";</li>
 *   <li>commas break a word and also count: each token learns how many commas precede it, for
 *       {@link ReorderPersonName} ("BIN LADIN, Usama").</li>
 * </ul>
 * Tokens of a word with punctuation inside it are flagged {@link Transformation#PUNCTUATION_REMOVED}; a trailing
 * dot or comma ("Co.,") is not worth telling.
 */
final class SplitPunctuation implements AnalysisStage {

    private static final String APOSTROPHES = "'\u2019\u2018`\u00B4\u02BC\u02BB\u02BF\u02BE\u2032\u02B9\u00B7";
    private static final String COMMAS = ",\u060C\u3001";

    /** A piece of a word between marks, with the marks that follow it. */
    private static final class Piece {
        final StringBuilder text = new StringBuilder();
        int start;
        int end;
        int clause;
        final StringBuilder after = new StringBuilder();
        boolean and;
        boolean acronym;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size() + 4);
        int[] commas = {0};
        for (Term term : terms) {
            split(term, commas, out, context);
        }
        return out;
    }

    private static void split(Term term, int[] commas, List<Term> out, AnalysisContext context) {
        String text = term.text();
        List<Piece> pieces = new ArrayList<>(2);
        Piece current = null;
        boolean inner = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int previous = i > 0 ? text.codePointBefore(i) : -1;
            int next = i + width < text.length() ? text.codePointAt(i + width) : -1;
            if (APOSTROPHES.indexOf(cp) >= 0) {
                inner |= current != null && isWordChar(next);
            } else if (isWordChar(cp)) {
                if (current == null) {
                    current = new Piece();
                    current.start = i;
                    current.clause = commas[0];
                    pieces.add(current);
                }
                current.text.appendCodePoint(cp);
                current.end = i + width;
            } else if ((cp == '.' || cp == ',') && current != null && Character.isDigit(previous)
                    && next >= 0 && Character.isDigit(next)) {
                inner = true;
            } else {
                if (current != null) {
                    current.after.appendCodePoint(cp);
                } else if (!pieces.isEmpty()) {
                    pieces.get(pieces.size() - 1).after.appendCodePoint(cp);
                }
                current = null;
                if (COMMAS.indexOf(cp) >= 0) {
                    commas[0]++;
                } else if (cp == '&') {
                    Piece and = new Piece();
                    and.text.append("and");
                    and.and = true;
                    and.start = i;
                    and.end = i + width;
                    and.clause = commas[0];
                    pieces.add(and);
                }
            }
            i += width;
        }
        pieces = joinAcronyms(pieces);
        boolean punctuated = inner || pieces.size() > 1 || pieces.stream().anyMatch(p -> p.acronym);
        if (punctuated) {
            context.record(Transformation.PUNCTUATION_REMOVED);
        }
        // Offsets in the text are offsets in the surface only while no transform has rewritten the word.
        boolean aligned = text.length() == term.surface().length()
                && !term.transformations().contains(Transformation.TRANSLITERATED);
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String surface;
            if (p.and) {
                surface = "&";
            } else if (aligned) {
                surface = term.surface().substring(k == 0 ? 0 : p.start, k == pieces.size() - 1 ? text.length() : p.end);
            } else {
                surface = term.surface();
            }
            Term piece = term.withText(p.text.toString()).withSurface(surface).withClause(p.clause)
                    .withAcronym(p.acronym);
            out.add(punctuated ? piece.with(Transformation.PUNCTUATION_REMOVED) : piece);
        }
    }

    /** Joins runs of single letters separated by one dot each: "S.p.A." -> "SpA". */
    private static List<Piece> joinAcronyms(List<Piece> pieces) {
        if (pieces.size() < 2) {
            return pieces;
        }
        List<Piece> out = new ArrayList<>(pieces.size());
        int k = 0;
        while (k < pieces.size()) {
            int m = k;
            while (m + 1 < pieces.size() && isLetter(pieces.get(m)) && isLetter(pieces.get(m + 1))
                    && pieces.get(m).after.toString().equals(".")) {
                m++;
            }
            if (m == k) {
                out.add(pieces.get(k));
            } else {
                Piece joined = new Piece();
                joined.start = pieces.get(k).start;
                joined.end = pieces.get(m).end;
                joined.clause = pieces.get(k).clause;
                joined.after.append(pieces.get(m).after);
                joined.acronym = true;
                for (int j = k; j <= m; j++) {
                    joined.text.append(pieces.get(j).text);
                }
                out.add(joined);
            }
            k = m + 1;
        }
        return out;
    }

    private static boolean isLetter(Piece p) {
        return !p.and && p.text.codePointCount(0, p.text.length()) == 1 && Character.isLetter(p.text.codePointAt(0));
    }

    static boolean isWordChar(int cp) {
        if (cp < 0) {
            return false;
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
