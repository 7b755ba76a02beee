package org.cordon.match.analysis;

/** What a token is, which decides how much it weighs in a comparison. */
public enum TokenKind {
    /** An ordinary word of the name: the tokens that identify a party. */
    WORD,
    /** A number ("5", "1st"): kept, and compared exactly. */
    NUMBER,
    /** A legal form canonicalised across languages ("ltd" for Co., Ltd. / Company Limited / 有限公司). Weighs little. */
    LEGAL_FORM,
    /** A common organisation word canonicalised across languages ("technology" for Technologies / Tech / 技术 / 科技). */
    ORG_WORD,
    /** A person-name particle ("al", "bin", "van", "de"). Weighs little. */
    PARTICLE,
    /** A single letter standing for a given name ("J." in "J. Smith"). */
    INITIAL
}
