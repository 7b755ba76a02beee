package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.match.BundledList;
import org.cordon.match.Match;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Party;

/**
 * Every Chinese name of the bundled list is found from its pinyin, with and without its legal form, syllables
 * apart ("hua wei ji shu") or written as words ("Huawei Jishu").
 */
class RomanisedChinesePropertiesTest {

    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final HanWords TABLE_WORDS = TermFixtures.TABLES.hanWords();

    /** A Chinese name of a listed party. */
    record Listed(Party party, String name) {
        @Override
        public String toString() {
            return party.sourceId() + ": " + name;
        }
    }

    /** How the pinyin is written. */
    enum Writing { SYLLABLES_APART, WORDS }

    @Provide
    Arbitrary<Listed> chineseNames() {
        List<Listed> all = new ArrayList<>();
        for (Party p : BundledList.parties()) {
            p.names().stream().filter(n -> n.value().codePoints().anyMatch(SeparateHan::isHan))
                    .forEach(n -> all.add(new Listed(p, n.value())));
        }
        return Arbitraries.of(all);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyChineseNameIsFoundFromItsPinyin(@ForAll("chineseNames") Listed listed, @ForAll Writing writing,
                                              @ForAll boolean withLegalForm) {
        String han = withLegalForm ? listed.name() : withoutLegalForm(listed.name());
        String query = romanised(han, writing);
        List<Match> matches = BundledList.screener().screen(ScreeningQuery.of(query, listed.party().type()));
        assertThat(matches).as(query).isNotEmpty();
        assertThat(matches.stream().anyMatch(m -> m.party().equals(listed.party())
                && m.score() == matches.get(0).score() && m.score() >= Screener.DEFAULT_THRESHOLD))
                .as("%s -> %s", query, matches.stream().map(m -> m.party().sourceId() + " " + m.score()).toList())
                .isTrue();
    }

    /** The name without the legal forms at its end ("华为技术有限公司" -> "华为技术"). */
    static String withoutLegalForm(String han) {
        String rest = han;
        HanWords.Entry e;
        while ((e = TABLE_WORDS.longestSuffix(rest)) != null && e.kind() == TokenKind.LEGAL_FORM
                && e.han().length() < rest.length()) {
            rest = rest.substring(0, rest.length() - e.han().length());
        }
        return rest;
    }

    /**
     * The pinyin: syllables apart, or as words: each organisation word of the tables at the end one word
     * ("jishu"), the rest two syllables a word ("huawei", "zhongxing", "youxian gongsi").
     */
    static String romanised(String han, Writing writing) {
        if (writing == Writing.SYLLABLES_APART) {
            return String.join(" ", syllables(han));
        }
        Deque<String> words = new ArrayDeque<>();
        String rest = han;
        HanWords.Entry e;
        while ((e = TABLE_WORDS.longestSuffix(rest)) != null && e.han().length() < rest.length()) {
            List<String> word = e.kind() == TokenKind.LEGAL_FORM ? pairs(syllables(e.han()))
                    : List.of(String.join("", syllables(e.han())));
            for (int i = word.size() - 1; i >= 0; i--) {
                words.addFirst(word.get(i));
            }
            rest = rest.substring(0, rest.length() - e.han().length());
        }
        List<String> all = new ArrayList<>(pairs(syllables(rest)));
        all.addAll(words);
        return String.join(" ", all.stream().map(RomanisedChinesePropertiesTest::capitalised).toList());
    }

    /** Two syllables a word: "gufen youxian gongsi". */
    private static List<String> pairs(List<String> syllables) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < syllables.size(); i += 2) {
            words.add(String.join("", syllables.subList(i, Math.min(syllables.size(), i + 2))));
        }
        return words;
    }

    private static List<String> syllables(String han) {
        return Arrays.stream(PINYIN.transliterate(han).split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
