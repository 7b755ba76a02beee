package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names on no list that look like listed ones: a listed name with its most distinctive word (the one fewest
 * listed names share) replaced by another real word of the same sort: a country by a country ("Banco Nacional de
 * Cuba" to "Banco Nacional de Chile"), a person's surname by a common surname and a given name by a given name
 * (the surname being the part before the comma, or the last word), any other word by a word from the
 * organisation tables. The replacement is at least three edits from the word it replaces, so it is no typo, and
 * the result must not collide with any listed name.
 */
final class HardNegatives {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Single-word English country names ("Cuba", "Chile", "Iran"): the words swapped for countries. */
    private static final List<String> COUNTRIES = countries();
    private static final Set<String> COUNTRY_KEYS = new HashSet<>(COUNTRIES.stream().map(NameKeys::folded).toList());

    private final NameTables tables;
    private final ListedNames listed;

    HardNegatives(NameTables tables, ListedNames listed) {
        this.tables = tables;
        this.listed = listed;
    }

    /**
     * The listed name with one word replaced, or empty when it is unfit or every try collides. Fit are names of
     * two to five words of their own: replacing the only word leaves nothing alike, and one word of many changes
     * too little to make another name. Names with a bracketed or a.k.a. part are unfit too, as that part often
     * is a whole name of its own ("ASMAT (APPLIED SYSTEMS METHODS AND TECHNOLOGY)").
     */
    Optional<String> from(String name, boolean person, Random rnd) {
        int own = NameKeys.contentWords(name).size();
        if (own < 2 || own > 5 || name.matches("(?i).*(\\(|\\[|\\b[afn]\\.?k\\.?a\\b).*")) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(name);
        int lastWordEnd = 0;
        int[] best = null;
        int bestFrequency = Integer.MAX_VALUE;
        while (m.find()) {
            lastWordEnd = m.end();
            String word = NameKeys.folded(m.group());
            if (m.group().length() >= 4 && !NameKeys.STOP_WORDS.contains(word) && !LegalForms.isLegalFormWord(word)) {
                int frequency = listed.documentFrequency(word);
                if (frequency < bestFrequency) {
                    bestFrequency = frequency;
                    best = new int[] {m.start(), m.end()};
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String original = name.substring(best[0], best[1]);
        int comma = name.indexOf(',');
        boolean surname = comma > 0 ? best[0] < comma : best[1] == lastWordEnd;
        List<String> pool = COUNTRY_KEYS.contains(NameKeys.folded(original)) ? COUNTRIES
                : !person ? organisationWords() : surname ? tables.allSurnames() : tables.allGivenNames();
        for (int attempt = 0; attempt < 10; attempt++) {
            String replacement = pool.get(rnd.nextInt(pool.size()));
            String folded = NameKeys.folded(replacement);
            if (replacement.contains(" ") || replacement.length() < 4
                    || NameKeys.editDistance(folded, NameKeys.folded(original)) < 3
                    || NameKeys.words(name).contains(folded)) {
                continue;
            }
            String candidate = name.substring(0, best[0]) + inCaseOf(original, replacement) + name.substring(best[1]);
            if (!listed.collides(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private List<String> organisationWords() {
        List<String> words = new ArrayList<>(tables.words("adjective"));
        words.addAll(tables.words("noun"));
        words.addAll(tables.words("place"));
        return words;
    }

    /** The replacement written like the word it replaces: upper case, title case or lower case. */
    private static String inCaseOf(String original, String replacement) {
        if (original.codePoints().noneMatch(Character::isLowerCase)) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (original.codePoints().noneMatch(Character::isUpperCase)) {
            return replacement.toLowerCase(Locale.ROOT);
        }
        return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<String> countries() {
        Set<String> names = new TreeSet<>();
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            if (name.matches("\\p{L}+")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
