package org.cordon.match.analysis;

/** What analysis did to a name or token, named in explanations. */
public enum Transformation {
    /** Zero-width or bidirectional control characters removed. */
    INVISIBLE_REMOVED,
    /**
     * Bidirectional controls resolved to the order the name displays in ("\u202EiewauH" shows "Huawei"), in a
     * reading of its own beside the name as stored. Suspicious.
     */
    BIDI_REORDERED,
    /** Single letters written apart joined into a word ("H u a w e i", "H-u-a-w-e-i"), in a reading of its own. */
    SPACED_LETTERS_JOINED,
    /** Words run together at capitals split apart ("HuaweiJishu" -> "Huawei Jishu"), in a reading of its own. */
    RUN_TOGETHER_SPLIT,
    /** Compatibility forms unified (NFKC: full-width letters, ligatures). */
    COMPATIBILITY_NORMALISED,
    /** Accents and other marks removed ("é" -> "e"). */
    DIACRITICS_REMOVED,
    /** Letters of another script that look like Latin ones folded to them (Cyrillic "а" in a Latin name). Suspicious. */
    CONFUSABLE_FOLDED,
    /** Written in another script and transliterated to Latin (Han to pinyin, Cyrillic, Arabic...). */
    TRANSLITERATED,
    /** A legal form replaced by its canonical token. */
    LEGAL_FORM_CANONICALISED,
    /** An organisation word replaced by its canonical token. */
    ORG_WORD_CANONICALISED,
    /** "SURNAME, Given" put in the order "Given SURNAME". */
    REORDERED,
    /** Punctuation inside a word removed or turned into a word break ("AL-QAIDA", "A.B.C."). */
    PUNCTUATION_REMOVED,
    /** A legal-form or organisation word broken by a space or glued to another word, mended ("JOINTSTOCK"). */
    SPACING_MENDED,
    /** A misspelt legal-form or organisation word read as the word it misspells ("COMPIANY"). */
    SPELLING_MENDED,
    /** A Chinese word read as its English rendering ("中国" -> "china"), in a name's translated reading. */
    TRANSLATED,
    /** A Chinese name read in Cantonese as Hong Kong writes it ("华为" -> "wah wai"), in a listed name's reading. */
    CANTONESE_READ
}
