package org.cordon.match.analysis;

import java.util.List;
import java.util.Set;

/**
 * A name after analysis.
 *
 * @param original        the name as given
 * @param latin           the name after normalisation and transliteration, before legal forms and organisation
 *                        words were canonicalised: what a person would read ("hua wei ji shu you xian gong si");
 *                        used in explanations ("华为 -> hua wei -> huawei")
 * @param tokens          the tokens, in name order (after any reordering)
 * @param transformations every transformation applied to any part of the name
 * @param warnings        what a reviewer should know, in words (e.g. "Cyrillic letters inside a Latin name: а")
 */
public record AnalyzedName(String original, String latin, List<Token> tokens, Set<Transformation> transformations,
                           List<String> warnings) {

    public AnalyzedName {
        original = original == null ? "" : original;
        latin = latin == null ? "" : latin;
        tokens = List.copyOf(tokens);
        transformations = Set.copyOf(transformations);
        warnings = List.copyOf(warnings);
    }

    /** True when analysis found nothing to compare (an empty name, or only punctuation or legal forms). */
    public boolean isEmpty() {
        return tokens.stream().noneMatch(t -> t.kind() != TokenKind.LEGAL_FORM);
    }
}
