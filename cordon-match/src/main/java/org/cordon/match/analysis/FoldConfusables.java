package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds letters of another script that look Latin ({@link Confusables}) to the Latin letters they imitate, where
 * they sit in a Latin name: "Huаwei" with a Cyrillic "а", or a Greek "ΖΤΕ" beside "Corporation". Transliteration
 * would read some of them differently (Cyrillic "Р" is "R"), and a reviewer must know: the token is flagged and
 * the name gets a warning that names each letter and its script.
 *
 * <p>The letters of one script in a word are folded when every letter of that script in the word is a look-alike,
 * and either the word also has Latin letters, or the name has Latin letters and no letter of that script that is
 * not a look-alike. A name written in Cyrillic ("ООО Роснефть") is left to transliteration, and so is a Cyrillic
 * word with a Latin letter slipped in ("Гaзпром"), which transliteration reads right.
 */
final class FoldConfusables implements AnalysisStage {

    private final Confusables table;
    private final boolean wholeNames;

    FoldConfusables(Confusables table) {
        this(table, false);
    }

    /**
     * @param wholeNames also fold a name written wholly in look-alikes of one script ("СТА" in Cyrillic letters
     *                   that pass for "CTA"), for the name's look-alike reading ({@link NameAnalyzer#readings}):
     *                   such a name may be a word of that script as well as a disguised Latin name
     */
    FoldConfusables(Confusables table, boolean wholeNames) {
        this.table = table;
        this.wholeNames = wholeNames;
    }

    /** True when every letter of the name is a look-alike of a Latin letter from another script. */
    static boolean whollyLookAlike(String name, Confusables table) {
        boolean any = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!table.isLookAlike(cp)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        boolean nameHasLatin = false;
        Set<Character.UnicodeScript> genuineInName = EnumSet.noneOf(Character.UnicodeScript.class);
        boolean anyLookAlike = false;
        for (Term term : terms) {
            for (int i = 0; i < term.text().length(); ) {
                int cp = term.text().codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) {
                    nameHasLatin = true;
                } else if (table.isLookAlike(cp)) {
                    anyLookAlike = true;
                } else {
                    genuineInName.add(script);
                }
            }
        }
        if (!anyLookAlike || !(nameHasLatin || (wholeNames && genuineInName.isEmpty()))) {
            return terms;
        }
        Map<Character.UnicodeScript, Set<Integer>> folded = new LinkedHashMap<>(); // scripts in order of appearance
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            out.add(fold(term, genuineInName, folded, context));
        }
        folded.forEach((script, letters) -> context.warn("look-alike " + scriptName(script)
                + " letters in a Latin name: " + letters.stream()
                .map(cp -> new String(Character.toChars(cp)) + String.format(Locale.ROOT, " (U+%04X)", cp))
                .collect(Collectors.joining(", "))));
        return out;
    }

    private Term fold(Term term, Set<Character.UnicodeScript> genuineInName,
                      Map<Character.UnicodeScript, Set<Integer>> folded, AnalysisContext context) {
        String text = term.text();
        boolean wordHasLatin = false;
        Set<Character.UnicodeScript> lookAlikeScripts = EnumSet.noneOf(Character.UnicodeScript.class);
        Set<Character.UnicodeScript> genuineInWord = EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                wordHasLatin = true;
            } else if (table.isLookAlike(cp)) {
                lookAlikeScripts.add(script);
            } else {
                genuineInWord.add(script);
            }
        }
        Set<Character.UnicodeScript> toFold = EnumSet.noneOf(Character.UnicodeScript.class);
        for (Character.UnicodeScript script : lookAlikeScripts) {
            if (!genuineInWord.contains(script) && (wordHasLatin || !genuineInName.contains(script))) {
                toFold.add(script);
            }
        }
        if (toFold.isEmpty()) {
            return term;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String latin = table.latinFor(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (latin != null && toFold.contains(script)) {
                out.append(latin);
                folded.computeIfAbsent(script, s -> new LinkedHashSet<>()).add(cp);
            } else {
                out.appendCodePoint(cp);
            }
        }
        context.record(Transformation.CONFUSABLE_FOLDED);
        return term.withText(out.toString()).with(Transformation.CONFUSABLE_FOLDED);
    }

    static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
