package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer: splits the name into its whitespace-separated words (any Unicode space, including no-break and
 * ideographic spaces) and remembers each word as written, for the surfaces of the tokens made from it (a word
 * an earlier stage rewrote whole, as {@link JoinSpacedLetters} does, is remembered as it was written).
 */
final class SplitOnWhitespace implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>();
        for (Term term : terms) {
            List<String> words = split(term.text());
            // A word an earlier stage rewrote as a whole ("H u a w e i" joined) keeps what was written.
            boolean rewritten = words.size() == 1 && !term.surface().equals(term.text());
            for (String word : words) {
                String written = rewritten ? term.surface() : word;
                out.add(Term.of(word, context.addWord(written)).withSurface(written).withAll(term.transformations()));
            }
        }
        return out;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean hasSpace(String text) {
        return text.codePoints().anyMatch(SplitOnWhitespace::isSpace);
    }

    /** The non-empty runs of non-space characters. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }
}
