package org.cordon.match.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes characters that show nothing: zero-width spaces and joiners, bidirectional controls, soft hyphens,
 * variation selectors and other default-ignorable code points, control characters, and surrogates that do not
 * form a pair. They split or disguise a name without changing how it looks ("Hua\u200Dwei"), so a reviewer is
 * told which were there.
 */
final class StripInvisible implements AnalysisStage {

    private static final int NAMED_IN_WARNING = 5;

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        Set<Integer> removed = new LinkedHashSet<>();
        for (Term term : terms) {
            String text = term.text();
            if (text.codePoints().noneMatch(StripInvisible::isInvisible)) {
                out.add(term);
                continue;
            }
            StringBuilder kept = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (isInvisible(cp)) {
                    removed.add(cp);
                } else {
                    kept.appendCodePoint(cp);
                }
            });
            context.record(Transformation.INVISIBLE_REMOVED);
            if (!kept.isEmpty()) {
                out.add(term.withText(kept.toString()).with(Transformation.INVISIBLE_REMOVED));
            }
        }
        if (!removed.isEmpty()) {
            context.warn("invisible characters removed: " + removed.stream().limit(NAMED_IN_WARNING)
                    .map(StripInvisible::describe).collect(Collectors.joining(", "))
                    + (removed.size() > NAMED_IN_WARNING ? " and " + (removed.size() - NAMED_IN_WARNING) + " more" : ""));
        }
        return out;
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    static String describe(int cp) {
        String name = UCharacter.getExtendedName(cp);
        return (name == null ? "" : name + " ") + String.format(Locale.ROOT, "(U+%04X)", cp);
    }
}
