package org.cordon.bench.eval;

import java.util.Locale;

/** What a labelled query is: a listed name changed in one way, or a name on no list. */
public enum QueryKind {
    /** The listed name as written. */
    EXACT,
    /** The listed name in another case (lower, upper, title). */
    CASE,
    /** Accents added or removed. */
    DIACRITICS,
    /** One edit inside a word of five letters or more. */
    TYPO,
    /** Persons: "Given SURNAME" for "SURNAME, Given"; organisations: two words swapped. */
    REORDER,
    /** Persons of three or more words with a middle one left out. */
    DROPPED_MIDDLE,
    /** Organisations with the legal form removed, changed or added. */
    LEGAL_FORM,
    /** Words joined or split. */
    SPACING,
    /** Hyphens, dots, commas removed or added. */
    PUNCTUATION,
    /** Another strong name of the same party. */
    ALIAS,
    /** A name in another script (Chinese, Arabic, Cyrillic) for a party listed in Latin letters or in that script. */
    TRANSLITERATION,
    /** A person's name on no list, from common given names and surnames. */
    NEGATIVE_PERSON,
    /** An organisation's name on no list, from common name words. */
    NEGATIVE_ORG,
    /** A listed name with its most distinctive word replaced by another real word. */
    NEGATIVE_HARD;

    /** The label used in files and reports ({@code dropped_middle}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for names on no list: every match of such a query is a false positive. */
    public boolean isNegative() {
        return this == NEGATIVE_PERSON || this == NEGATIVE_ORG || this == NEGATIVE_HARD;
    }
}
