package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cordon.model.Name;
import org.cordon.model.Party;

/**
 * Every name on the loaded lists, indexed to answer two questions: which parties bear a name (the expected
 * answer of a query), and whether a made-up name is, or is trivially close to, a listed name (then it cannot
 * serve as a negative).
 */
final class ListedNames {

    private final Map<String, SortedSet<String>> idsByIdentity = new HashMap<>();
    private final Map<String, SortedSet<String>> idsByLetters = new HashMap<>();
    private final Set<String> contentKeys = new HashSet<>();
    private final List<Set<String>> contentSets = new ArrayList<>();
    private final Map<String, List<Integer>> namesByWord = new HashMap<>();
    /**
     * Hashes of each name's letters: as written, without legal form and particles, and with those words sorted;
     * and of every form of those with one letter deleted. Sorted, for binary search.
     */
    private final long[] nearHashes;

    ListedNames(Collection<Party> parties) {
        List<Long> hashes = new ArrayList<>();
        for (Party party : parties) {
            for (Name name : party.names()) {
                idsByIdentity.computeIfAbsent(NameKeys.identity(name.value()), k -> new TreeSet<>()).add(party.id());
                String letters = NameKeys.compact(name.value());
                idsByLetters.computeIfAbsent(letters, k -> new TreeSet<>()).add(party.id());
                addNear(hashes, letters);
                List<String> content = NameKeys.contentWords(name.value());
                if (content.isEmpty()) {
                    continue;
                }
                contentKeys.add(sortedKey(content));
                int index = contentSets.size();
                contentSets.add(new HashSet<>(content));
                for (String word : new HashSet<>(content)) {
                    namesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
                }
                addNear(hashes, String.join("", content));
                addNear(hashes, String.join("", content.stream().sorted().toList()));
            }
        }
        nearHashes = hashes.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    /**
     * The parties bearing this name, up to case, accents, punctuation and word order, or up to spacing ("AL-JAZA'
     * IR" on one list, "al-Jaza’ir" on another); empty when none.
     */
    SortedSet<String> idsNamed(String name) {
        SortedSet<String> ids = new TreeSet<>(idsByIdentity.getOrDefault(NameKeys.identity(name), new TreeSet<>()));
        String letters = NameKeys.compact(name);
        if (!letters.isEmpty()) {
            ids.addAll(idsByLetters.getOrDefault(letters, new TreeSet<>()));
        }
        return ids;
    }

    /** How many listed names contain the folded word. */
    int documentFrequency(String word) {
        return namesByWord.getOrDefault(word, List.of()).size();
    }

    /**
     * True when the name is listed or a trivial variant of a listed name, so that a screener would be right to
     * flag it: equal up to case, accents, punctuation and word order; equal once legal forms and particles are
     * dropped; one edit away from a listed name's letters (spaces and punctuation aside, with or without legal
     * form and particles, in either word order: "Konstantin Sokolova" for "SOKOLOV, Konstantin"); or all its
     * words within a listed name's words, or a listed name's words (two or more) all within its own. A name with
     * no word of its own collides too.
     */
    boolean collides(String name) {
        if (idsByIdentity.containsKey(NameKeys.identity(name))) {
            return true;
        }
        List<String> content = NameKeys.contentWords(name);
        if (content.isEmpty() || contentKeys.contains(sortedKey(content))) {
            return true;
        }
        if (isNear(NameKeys.compact(name)) || isNear(String.join("", content))
                || isNear(String.join("", content.stream().sorted().toList()))) {
            return true;
        }
        Set<String> own = new HashSet<>(content);
        Set<Integer> seen = new HashSet<>();
        for (String word : own) {
            for (int index : namesByWord.getOrDefault(word, List.of())) {
                if (seen.add(index)) {
                    Set<String> listed = contentSets.get(index);
                    if (listed.containsAll(own) || (listed.size() >= 2 && own.containsAll(listed))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void addNear(List<Long> hashes, String letters) {
        hashes.add(hash(letters));
        for (int i = 0; i < letters.length(); i++) {
            hashes.add(hash(letters.substring(0, i) + letters.substring(i + 1)));
        }
    }

    /** True when the letters are one edit (or a deletion on each side) from some listed name's letters. */
    private boolean isNear(String letters) {
        if (Arrays.binarySearch(nearHashes, hash(letters)) >= 0) {
            return true;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (Arrays.binarySearch(nearHashes, hash(letters.substring(0, i) + letters.substring(i + 1))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String sortedKey(List<String> words) {
        return String.join(" ", words.stream().sorted().toList());
    }

    /** 64-bit FNV-1a: collisions are rare enough that one only costs a negative that would have been fine. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
