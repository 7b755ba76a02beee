package org.cordon.model;

import java.util.EnumMap;
import java.util.Map;

/** Finds the dominant writing system of a text, as an ISO 15924 code. */
final class Scripts {
    private Scripts() {}

    private static final Map<Character.UnicodeScript, String> CODES = new EnumMap<>(Character.UnicodeScript.class);

    static {
        CODES.put(Character.UnicodeScript.LATIN, "Latn");
        CODES.put(Character.UnicodeScript.HAN, "Hani");
        CODES.put(Character.UnicodeScript.CYRILLIC, "Cyrl");
        CODES.put(Character.UnicodeScript.GREEK, "Grek");
        CODES.put(Character.UnicodeScript.ARABIC, "Arab");
        CODES.put(Character.UnicodeScript.HEBREW, "Hebr");
        CODES.put(Character.UnicodeScript.HANGUL, "Hang");
        CODES.put(Character.UnicodeScript.HIRAGANA, "Hira");
        CODES.put(Character.UnicodeScript.KATAKANA, "Kana");
        CODES.put(Character.UnicodeScript.THAI, "Thai");
        CODES.put(Character.UnicodeScript.DEVANAGARI, "Deva");
        CODES.put(Character.UnicodeScript.ARMENIAN, "Armn");
        CODES.put(Character.UnicodeScript.GEORGIAN, "Geor");
    }

    /** The script most letters belong to; {@code Zyyy} (common) when the text has no letters. */
    static String dominant(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp ->
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> CODES.getOrDefault(e.getKey(), e.getKey().name().substring(0, 1)
                        + e.getKey().name().substring(1, Math.min(4, e.getKey().name().length())).toLowerCase()))
                .orElse("Zyyy");
    }
}
