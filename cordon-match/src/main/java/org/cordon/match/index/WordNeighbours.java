package org.cordon.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;
import org.cordon.match.score.EditDistance;

/**
 * The listed words one edit away from a word, and the names that hold them: the fallback for a misspelt word whose
 * trigrams miss (a swap in a short word, "Huwaei" for "Huawei", leaves almost no trigram in common). Words are
 * found through their one-letter deletions (two words one edit apart share a deletion), kept as 64-bit hashes in
 * sorted arrays to stay small; every neighbour is confirmed by the edit distance.
 */
public final class WordNeighbours {

    /** Shorter words are too easily one edit from many others to be worth a guess. */
    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 24;

    private final String[] words;
    private final int[][] entriesOfWord;
    private final long[] keys;
    private final int[] wordOfKey;

    private WordNeighbours(String[] words, int[][] entriesOfWord, long[] keys, int[] wordOfKey) {
        this.words = words;
        this.entriesOfWord = entriesOfWord;
        this.keys = keys;
        this.wordOfKey = wordOfKey;
    }

    public static WordNeighbours build(List<AnalyzedName> entries) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            for (Token t : entries.get(e).tokens()) {
                String w = t.text();
                if (eligible(t)) {
                    List<Integer> l = byWord.computeIfAbsent(w, k -> new ArrayList<>(2));
                    if (l.isEmpty() || l.get(l.size() - 1) != e) {
                        l.add(e);
                    }
                }
            }
        }
        String[] words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] postings = new int[words.length][];
        int variants = 0;
        for (int i = 0; i < words.length; i++) {
            postings[i] = byWord.get(words[i]).stream().mapToInt(Integer::intValue).toArray();
            variants += words[i].length() + 1;
        }
        long[] pairs = new long[variants];
        int[] owner = new int[variants];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            for (int d = -1; d < words[i].length(); d++) {
                pairs[n] = hash(words[i], d);
                owner[n++] = i;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(pairs[a], pairs[b]));
        long[] keys = new long[n];
        int[] wordOfKey = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = pairs[order[i]];
            wordOfKey[i] = owner[order[i]];
        }
        return new WordNeighbours(words, postings, keys, wordOfKey);
    }

    private static boolean eligible(Token t) {
        int len = t.text().length();
        return t.kind() == TokenKind.WORD && len >= MIN_LENGTH && len <= MAX_LENGTH;
    }

    /** Whether a word of this shape can have neighbours here. */
    public static boolean worthLooking(Token t) {
        return eligible(t);
    }

    /**
     * The entries holding a listed word exactly one edit (insert, delete, substitute, swap) from {@code word}, at
     * most {@code max}.
     */
    public int[] entriesNear(String word, int max) {
        List<Integer> found = new ArrayList<>();
        java.util.Set<Integer> seenWords = new java.util.HashSet<>();
        // Keys hold each listed word whole and with each letter left out: the word whole meets a listed word one letter
        // longer; the word less a letter meets a listed word one letter shorter (whole) or of the same length.
        for (int d = -1; d < word.length(); d++) {
            long h = d < 0 ? hashWhole(word) : hash(word, d);
            collect(h, word, seenWords, found, max);
            if (found.size() >= max) {
                break;
            }
        }
        return found.stream().mapToInt(Integer::intValue).limit(max).toArray();
    }

    private void collect(long h, String word, java.util.Set<Integer> seenWords, List<Integer> found, int max) {
        int i = Arrays.binarySearch(keys, h);
        if (i < 0) {
            return;
        }
        while (i > 0 && keys[i - 1] == h) {
            i--;
        }
        for (; i < keys.length && keys[i] == h && found.size() < max; i++) {
            int w = wordOfKey[i];
            if (seenWords.add(w) && !words[w].equals(word) && EditDistance.within(word, words[w], 1) <= 1) {
                for (int e : entriesOfWord[w]) {
                    if (found.size() >= max) {
                        break;
                    }
                    found.add(e);
                }
            }
        }
    }

    /** The hash of the word with the letter at {@code skip} left out (FNV-1a, 64 bits). */
    private static long hash(String w, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            if (i != skip) {
                h = (h ^ w.charAt(i)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /** The whole word's hash, which equals a one-letter-longer word's deletion hash. */
    private static long hashWhole(String w) {
        return hash(w, -1);
    }

    public int words() {
        return words.length;
    }
}
