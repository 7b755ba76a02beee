package org.cordon.match.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pinyin for Han characters, one syllable per character, from ICU's Han-Latin transform, without tone marks.
 * Simplified and traditional characters read the same ("华为", "華為" -> hua wei).
 *
 * <p>ICU's rule-based transliterators lock their rule data, which every instance of one transform shares, on each
 * call: one thread at a time reads Han, at a few thousand names a second. Han-Latin reads one character at a
 * time but for a handful of words ("重庆" chong qing, where 重 alone is zhong), so each character's syllable is
 * cached once read; a run holding one of those context characters still goes through ICU whole. The cache holds
 * at most one short string per Han character in Unicode.
 */
final class HanPinyin {

    private static final Pattern CONTEXT_RULE = Pattern.compile("\\{\\s*(\\S)\\s*\\}");

    private final Transliterator icu;
    private final Set<Integer> contextual;
    private final ConcurrentHashMap<Integer, String> syllables = new ConcurrentHashMap<>();

    HanPinyin() {
        icu = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        Set<Integer> context = ConcurrentHashMap.newKeySet();
        Matcher m = CONTEXT_RULE.matcher(Transliterator.getInstance("Han-Latin").toRules(false));
        while (m.find()) {
            int cp = m.group(1).codePointAt(0);
            if (SeparateHan.isHan(cp)) {
                context.add(cp);
            }
        }
        contextual = Set.copyOf(context);
    }

    /** Characters whose reading ICU decides from their neighbours. */
    Set<Integer> contextual() {
        return contextual;
    }

    /**
     * The syllables of a run of Han characters, one per character when ICU reads it so; a character without a
     * reading comes back unchanged (later dropped as not Latin).
     */
    List<String> syllables(String run) {
        if (run.codePoints().anyMatch(contextual::contains)) {
            return Arrays.stream(icu.transliterate(run).split(" ")).filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        }
        List<String> out = new ArrayList<>(run.length());
        run.codePoints().forEach(cp -> {
            String known = syllables.get(cp); // a plain read takes no lock
            out.add(known != null ? known : syllables.computeIfAbsent(cp,
                    c -> icu.transliterate(new String(Character.toChars(c))).strip()));
        });
        return out;
    }
}
