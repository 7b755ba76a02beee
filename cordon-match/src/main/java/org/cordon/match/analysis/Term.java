package org.cordon.match.analysis;

import java.util.EnumSet;
import java.util.Set;

/**
 * A token while it moves along the chain: unlike {@link Token} its text may still hold any characters, and it
 * carries what later stages need to know about where it came from.
 *
 * @param text            the text as the chain has made it so far
 * @param surface         the part of the original name it came from
 * @param kind            what the token is (a stage that recognises a legal form, an initial... says so)
 * @param transformations what the chain did to it
 * @param word            index of the whitespace-separated word of the original name it came from; -1 if none
 * @param group           {@link Token#group()}: the same non-negative number for tokens from one unbroken run of
 *                        Han characters, {@link Token#NO_GROUP} otherwise
 * @param clause          how many commas precede it in the name (0 for "BIN LADIN", 1 for "Usama" in
 *                        "BIN LADIN, Usama")
 * @param latin           the readable Latin form when it differs from {@code text} (the pinyin of a Han legal form
 *                        whose text is already canonical), else null
 * @param acronym         true when the text was joined from dotted single letters ("A.B.C.")
 */
record Term(String text, String surface, TokenKind kind, Set<Transformation> transformations, int word, int group,
            int clause, String latin, boolean acronym) {

    Term {
        transformations = transformations.isEmpty() ? Set.of() : Set.copyOf(transformations);
    }

    /** A plain word of the original name. */
    static Term of(String text, int word) {
        return new Term(text, text, TokenKind.WORD, Set.of(), word, Token.NO_GROUP, 0, null, false);
    }

    Term withText(String newText) {
        return new Term(newText, surface, kind, transformations, word, group, clause, latin, acronym);
    }

    Term withSurface(String newSurface) {
        return new Term(text, newSurface, kind, transformations, word, group, clause, latin, acronym);
    }

    Term withKind(TokenKind newKind) {
        return new Term(text, surface, newKind, transformations, word, group, clause, latin, acronym);
    }

    Term withGroup(int newGroup) {
        return new Term(text, surface, kind, transformations, word, newGroup, clause, latin, acronym);
    }

    Term withClause(int newClause) {
        return new Term(text, surface, kind, transformations, word, group, newClause, latin, acronym);
    }

    Term withLatin(String newLatin) {
        return new Term(text, surface, kind, transformations, word, group, clause, newLatin, acronym);
    }

    Term withAcronym(boolean isAcronym) {
        return new Term(text, surface, kind, transformations, word, group, clause, latin, isAcronym);
    }

    Term with(Transformation t) {
        if (transformations.contains(t)) {
            return this;
        }
        Set<Transformation> more = EnumSet.of(t);
        more.addAll(transformations);
        return new Term(text, surface, kind, more, word, group, clause, latin, acronym);
    }

    Term withAll(Set<Transformation> ts) {
        if (transformations.containsAll(ts)) {
            return this;
        }
        Set<Transformation> more = EnumSet.noneOf(Transformation.class);
        more.addAll(transformations);
        more.addAll(ts);
        return new Term(text, surface, kind, more, word, group, clause, latin, acronym);
    }

    /** True for the syllables of a Han run: the Latin tables, particles and initials leave them alone. */
    boolean fromHan() {
        return group >= 0;
    }

    /** The readable Latin form: {@link #latin} when set, else the text. */
    String readable() {
        return latin != null ? latin : text;
    }
}
