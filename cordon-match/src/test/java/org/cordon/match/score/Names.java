package org.cordon.match.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;
import org.cordon.match.analysis.Transformation;

/** Analysed names written by hand, so that scoring is tested apart from analysis. */
public final class Names {

    private Names() {}

    /**
     * Tokens from a compact notation: plain words are WORD, {@code ltd!} LEGAL_FORM, {@code technology+} ORG_WORD,
     * {@code al~} PARTICLE, {@code j.} INITIAL, digits NUMBER, {@code hua^} TRANSLITERATED word.
     */
    public static AnalyzedName of(String spec) {
        List<Token> tokens = new ArrayList<>();
        for (String w : spec.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            char last = w.charAt(w.length() - 1);
            String text = w.replaceAll("[!+~.^]$", "");
            TokenKind kind = switch (last) {
                case '!' -> TokenKind.LEGAL_FORM;
                case '+' -> TokenKind.ORG_WORD;
                case '~' -> TokenKind.PARTICLE;
                case '.' -> TokenKind.INITIAL;
                default -> text.chars().allMatch(Character::isDigit) ? TokenKind.NUMBER : TokenKind.WORD;
            };
            Set<Transformation> how = last == '^' ? Set.of(Transformation.TRANSLITERATED) : Set.of();
            tokens.add(new Token(text, text, kind, how));
        }
        return new AnalyzedName(spec, spec, tokens, Set.of(), List.of());
    }
}
