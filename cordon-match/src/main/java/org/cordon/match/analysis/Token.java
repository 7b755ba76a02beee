package org.cordon.match.analysis;

import java.util.EnumSet;
import java.util.Set;

/**
 * One token of an analysed name.
 *
 * @param text            the canonical form compared with other tokens: lower-case ASCII letters and digits only,
 *                        never empty
 * @param surface         the part of the original name it came from ("华为", "Co., Ltd.", "Technologies")
 * @param kind            what the token is
 * @param transformations what analysis did to it
 * @param group           tokens with the same non-negative group are the syllables of one unbroken run of Han
 *                        characters ("华为" gives "hua" and "wei" in one group), so they may be joined as one word
 *                        ("huawei"); {@link #NO_GROUP} for every other token. Numbers are unique within one name
 *                        only.
 */
public record Token(String text, String surface, TokenKind kind, Set<Transformation> transformations, int group) {

    /** The group of a token that did not come from a run of Han characters. */
    public static final int NO_GROUP = -1;

    public Token {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("token text must be non-empty lower-case ASCII letters or digits: '"
                    + text + "'");
        }
        surface = surface == null ? "" : surface;
        if (kind == null) {
            throw new IllegalArgumentException("token kind must not be null");
        }
        transformations = transformations == null || transformations.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(transformations));
        group = group < 0 ? NO_GROUP : group;
    }

    /** A token that did not come from a run of Han characters. */
    public Token(String text, String surface, TokenKind kind, Set<Transformation> transformations) {
        this(text, surface, kind, transformations, NO_GROUP);
    }

    public static Token word(String text) {
        return new Token(text, text, TokenKind.WORD, Set.of());
    }

    /** True when both tokens are syllables of the same run of Han characters. */
    public boolean sameGroupAs(Token other) {
        return group != NO_GROUP && group == other.group;
    }
}
