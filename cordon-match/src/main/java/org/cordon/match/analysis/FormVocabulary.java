package org.cordon.match.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every Latin word of the legal-form and organisation-word tables ("obshchestvo", "s", "limited", "tech") and
 * their canonical tokens: the words whose spacing and spelling analysis may mend, because they are common to
 * thousands of names and say nothing about which party a name is.
 */
final class FormVocabulary {

    private final Set<String> words;

    FormVocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static FormVocabulary of(List<PhraseTable> tables) {
        Set<String> words = new HashSet<>();
        for (PhraseTable table : tables) {
            table.entries().forEach((phrase, entry) -> {
                words.addAll(List.of(phrase.split(" ")));
                words.add(entry.canonical());
            });
        }
        return new FormVocabulary(words);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    Set<String> words() {
        return words;
    }

    /** The one word of at least {@code minLength} letters that is one edit from {@code word}; null if none or several. */
    String onlyWordOneEditFrom(String word, int minLength) {
        String found = null;
        for (String w : words) {
            if (w.length() >= minLength && Math.abs(w.length() - word.length()) <= 1 && oneEditApart(w, word)) {
                if (found != null) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }

    /** True when a and b differ by one insertion, deletion, substitution or swap of adjacent letters. */
    static boolean oneEditApart(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1 || a.equals(b)) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(n, m) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (n == m) {
            if (a.regionMatches(prefix + 1, b, prefix + 1, n - prefix - 1)) {
                return true; // substitution
            }
            return prefix + 1 < n && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.regionMatches(prefix + 2, b, prefix + 2, n - prefix - 2);
        }
        String longer = n > m ? a : b;
        String shorter = n > m ? b : a;
        return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix);
    }
}
