package org.cordon.bench.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cordon.match.score.EditDistance;

/**
 * The forms in which two names count as the same name for the evaluation. Case, accents, punctuation and word
 * order say nothing about who a name belongs to, so two names equal once those are set aside are one name: a
 * query written like one of them expects every party that bears either.
 */
final class NameKeys {

    private NameKeys() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Apostrophes, ayin/hamza signs and dots vanish ("QA'IDA" is "qaida", "L.L.C." is "llc"); other punctuation
     * separates words.
     */
    private static final Pattern GLUE = Pattern.compile("['’‘ʿʾʻ`´.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Small words that carry no identity: articles, prepositions and name particles. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "by",
            "de", "del", "la", "le", "les", "des", "du", "da", "do", "dos", "das", "di", "e", "y", "et", "und",
            "van", "von", "der", "den", "al", "el", "ul", "bin", "ibn", "bint", "ben", "abu");

    /** The name without accents, in lower case. */
    static String folded(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The name's words: folded, apostrophes and dots dropped, split on everything not a letter or digit. */
    static List<String> words(String name) {
        String text = SEPARATORS.matcher(GLUE.matcher(folded(name)).replaceAll("")).replaceAll(" ").strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    /** Equal for names that differ only in case, accents, punctuation and word order. */
    static String identity(String name) {
        return String.join(" ", words(name).stream().sorted().toList());
    }

    /** The letters and digits in order: equal for names that differ only in spacing and punctuation too. */
    static String compact(String name) {
        return String.join("", words(name));
    }

    /** The words that say who the party is: no legal forms, no particles. */
    static List<String> contentWords(String name) {
        List<String> content = new ArrayList<>();
        for (String w : words(name)) {
            if (!STOP_WORDS.contains(w) && !LegalForms.isLegalFormWord(w)) {
                content.add(w);
            }
        }
        return content;
    }

    /** Letters in the name, in any script. */
    static int letterCount(String name) {
        return (int) name.codePoints().filter(Character::isLetter).count();
    }

    /** True when any character is a Han ideograph. */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Edit distance with adjacent transpositions (optimal string alignment), as the scorer counts it. */
    static int editDistance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
