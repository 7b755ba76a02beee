package org.cordon.match.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese words with their English rendering, from {@code han-translations.tsv}; or with their Cantonese reading
 * as Hong Kong writes it, from {@code han-cantonese.tsv}.
 */
final class HanTranslations {

    private final Map<String, List<String>> english;
    private final int longest;

    private HanTranslations(Map<String, List<String>> english) {
        this.english = Map.copyOf(english);
        this.longest = english.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static HanTranslations bundled() {
        return of(TableFile.read("han-translations.tsv"));
    }

    static HanTranslations cantonese() {
        return of(TableFile.read("han-cantonese.tsv"));
    }

    static HanTranslations of(List<TableFile.Row> rows) {
        Map<String, List<String>> english = new HashMap<>();
        for (TableFile.Row row : rows) {
            String han = row.column(0);
            if (han.isEmpty() || !han.codePoints().allMatch(SeparateHan::isHan)) {
                throw row.error("the first column must be Han characters");
            }
            List<String> words = List.of(row.column(1).split(" "));
            if (!words.stream().allMatch(KeepTokenAlphabet::isTokenText)) {
                throw row.error("the English words must be lower-case ASCII letters and digits");
            }
            List<String> before = english.putIfAbsent(han, words);
            if (before != null && !before.equals(words)) {
                throw row.error("'" + han + "' is already " + before);
            }
        }
        return new HanTranslations(english);
    }

    /** The Han word of {@code run} starting at {@code from}, longest first; null if none. */
    String wordAt(String run, int from) {
        for (int n = Math.min(longest, run.length() - from); n > 0; n--) {
            String candidate = run.substring(from, from + n);
            if (english.containsKey(candidate) && !Character.isLowSurrogate(run.charAt(from))) {
                return candidate;
            }
        }
        return null;
    }

    List<String> english(String han) {
        return english.get(han);
    }

    int size() {
        return english.size();
    }
}
