package org.cordon.policy.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.model.PartyType;

/**
 * Whether a name is written so as to hide what it says: what a person reads is not what the characters are. Such
 * a name, unless certainly matched, is not resolved: screening it "clean" would be reading what the writer chose
 * to show a machine rather than a person.
 */
public final class DisguisedName {

    /** Bidi embeddings, overrides and isolates reorder what is shown; names have no use for them. */
    private static final Pattern BIDI_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    /** Characters that show nothing: zero-width space, word joiner and invisible operators, BOM, soft hyphen, fillers. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u2060-\\u2064\\uFEFF\\u00AD\\u180E\\u034F\\u115F\\u1160\\u3164\\uFFA0]"
            // Joiners belong in Arabic and Indic text, not between Latin letters.
            + "|(?<=\\p{IsLatin})[\\u200C\\u200D]|[\\u200C\\u200D](?=\\p{IsLatin})");

    /** Four or more single letters in a row, spaced or dotted apart ("H u a w e i", "Z.T.E.C"). */
    private static final Pattern SPACED_LETTERS = Pattern.compile(
            "(?<![\\p{L}\\p{M}])\\p{L}\\p{M}*(?:[\\s.\\-_·]+\\p{L}\\p{M}*(?![\\p{L}\\p{M}])){3,}");

    /** Three or more combining marks on one letter: no script needs them, they blur what is shown. */
    private static final Pattern STACKED_MARKS = Pattern.compile("\\p{M}{3,}");

    /** What the analyzer does to letters of one script dressed as another's (Cyrillic "а" in "Huаwei"). */
    private static final Set<String> SUSPICIOUS_TRANSFORMATIONS = Set.of("CONFUSABLE_FOLDED");

    private final NameAnalyzer analyzer;

    public DisguisedName(NameAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The ways the name is disguised, in words; empty when it reads as it shows. */
    public List<String> inspect(String name, PartyType type) {
        List<String> out = new ArrayList<>();
        if (BIDI_CONTROL.matcher(name).find()) {
            out.add("bidirectional control characters that change the order in which it is shown");
        }
        if (INVISIBLE.matcher(name).find()) {
            out.add("invisible characters");
        }
        if (SPACED_LETTERS.matcher(name).find()) {
            out.add("single letters spaced apart");
        }
        if (STACKED_MARKS.matcher(name).find()) {
            out.add("stacked combining marks");
        }
        boolean confusable = analyzer.analyze(name, type).transformations().stream()
                .anyMatch(t -> SUSPICIOUS_TRANSFORMATIONS.contains(t.name()));
        if (confusable) {
            out.add("letters of another script that look like Latin ones");
        }
        return out;
    }
}
