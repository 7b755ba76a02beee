package org.cordon.match.score;

import java.util.List;

/**
 * Why a name scored as it did.
 *
 * @param tokens     which query tokens met which listed tokens, and how
 * @param qualifiers what country, date of birth, type and identifiers did to the score, in words
 * @param warnings   what a reviewer should know (look-alike letters from another script, a weak alias...)
 * @param nameScore  the score of the names alone, before qualifiers
 */
public record Explanation(List<TokenMatch> tokens, List<String> qualifiers, List<String> warnings, double nameScore) {

    public Explanation {
        tokens = List.copyOf(tokens);
        qualifiers = List.copyOf(qualifiers);
        warnings = List.copyOf(warnings);
    }

    /**
     * One pairing of query tokens with listed tokens.
     *
     * @param query      the query side, as written and as compared ("华为 -> hua wei")
     * @param listed     the listed side
     * @param similarity in [0, 1]
     * @param how        the transformations that made them meet ("transliterated", "legal form", "typo", "joined")
     */
    public record TokenMatch(String query, String listed, double similarity, List<String> how) {
        public TokenMatch {
            how = List.copyOf(how);
        }
    }
}
