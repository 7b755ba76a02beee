package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps only what a {@link Token} may hold, lower-case ASCII letters and digits: digits of other scripts become
 * ASCII digits ("٣" -> "3"); anything else left over (a letter no transform could read, a stray mark) is dropped,
 * with a warning when letters were lost; a term left empty goes.
 */
final class KeepTokenAlphabet implements AnalysisStage {

    private static final int NAMED_IN_WARNING = 5;

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        Set<Integer> lost = new LinkedHashSet<>();
        for (Term term : terms) {
            String text = term.text();
            if (isTokenText(text)) {
                out.add(term);
                continue;
            }
            StringBuilder kept = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    kept.append((char) cp);
                } else if (cp >= 'A' && cp <= 'Z') {
                    kept.append((char) (cp + ('a' - 'A')));
                } else if (Character.isDigit(cp) && Character.digit(cp, 10) >= 0) {
                    kept.append((char) ('0' + Character.digit(cp, 10)));
                } else if (Character.isLetter(cp)) {
                    lost.add(cp);
                }
            }
            if (!kept.isEmpty()) {
                out.add(term.withText(kept.toString()));
            } else {
                term.transformations().forEach(context::record);
            }
        }
        if (!lost.isEmpty()) {
            context.warn("letters with no Latin reading were dropped: " + lost.stream().limit(NAMED_IN_WARNING)
                    .map(cp -> new String(Character.toChars(cp)) + String.format(Locale.ROOT, " (U+%04X)", cp))
                    .collect(Collectors.joining(", "))
                    + (lost.size() > NAMED_IN_WARNING ? " and " + (lost.size() - NAMED_IN_WARNING) + " more" : ""));
        }
        return out;
    }

    static boolean isTokenText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
