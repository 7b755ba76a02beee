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
 */
public record Token(String text, String surface, TokenKind kind, Set<Transformation> transformations) {

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
    }

    public static Token word(String text) {
        return new Token(text, text, TokenKind.WORD, Set.of());
    }
}
