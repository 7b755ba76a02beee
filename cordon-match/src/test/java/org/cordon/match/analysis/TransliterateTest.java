package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class TransliterateTest {

    private static List<Term> transliterate(String... words) {
        return TermFixtures.run(new Transliterate(),
                TermFixtures.run(new SeparateHan(), TermFixtures.words(words)));
    }

    @Test
    void readsHanOneSyllableAToken() {
        List<Term> out = transliterate("华为");
        assertThat(TermFixtures.texts(out)).containsExactly("hua", "wei");
        assertThat(out).extracting(Term::surface).containsExactly("华", "为");
        assertThat(out).extracting(Term::group).containsExactly(0, 0);
        assertThat(out).allSatisfy(t -> assertThat(t.transformations()).containsExactly(Transformation.TRANSLITERATED));
    }

    @Test
    void readsSimplifiedAndTraditionalAlike() {
        assertThat(TermFixtures.texts(transliterate("華為技術有限公司")))
                .isEqualTo(TermFixtures.texts(transliterate("华为技术有限公司")))
                .containsExactly("hua", "wei", "ji", "shu", "you", "xian", "gong", "si");
    }

    @Test
    void keepsIcusReadingOfContextCharacters() {
        // 重 alone is zhong; ICU reads it chong before 庆
        assertThat(TermFixtures.texts(transliterate("重庆"))).containsExactly("chong", "qing");
        assertThat(TermFixtures.texts(transliterate("重"))).containsExactly("zhong");
    }

    @Test
    void givesEachRunItsOwnGroup() {
        assertThat(transliterate("华为", "中兴")).extracting(Term::group).containsExactly(0, 0, 1, 1);
    }

    @Test
    void givesHanLegalFormsTheirPinyinAsLatinForm() {
        List<Term> terms = TermFixtures.run(new CanonicaliseHanWords(TermFixtures.TABLES.hanWords()),
                PartyType.ORGANIZATION, TermFixtures.run(new SeparateHan(), TermFixtures.words("华为技术有限公司")));
        List<Term> out = TermFixtures.run(new Transliterate(), terms);
        assertThat(TermFixtures.texts(out)).containsExactly("hua", "wei", "technology", "ltd");
        assertThat(out).extracting(Term::readable).containsExactly("hua", "wei", "ji shu", "you xian gong si");
    }

    @Test
    void readsCyrillicTheWayTheListsDo() {
        assertThat(TermFixtures.texts(transliterate("Газпром", "Юрий", "Щербаков")))
                .containsExactly("Gazprom", "Yuriy", "Shcherbakov");
        assertThat(transliterate("Газпром").get(0).transformations()).containsExactly(Transformation.TRANSLITERATED);
        assertThat(transliterate("Газпром").get(0).surface()).isEqualTo("Газпром");
    }

    @Test
    void readsGreekKoreanAndKana() {
        assertThat(TermFixtures.texts(transliterate("Αθήνα", "삼성", "サムスン", "ひらがな")))
                .containsExactly("Athena", "samseong", "samusun", "hiragana");
    }

    @Test
    void readsArabicWithPausalTaMarbutaAndInitialAyin() {
        assertThat(TermFixtures.texts(transliterate("أسامة", "بن", "لادن"))).containsExactly("asama", "bn", "ladn");
        assertThat(TermFixtures.texts(transliterate("عبد", "علي"))).containsExactly("abd", "aly");
    }

    @Test
    void readsHebrewConsonants() {
        assertThat(TermFixtures.texts(transliterate("שלום"))).containsExactly("slwm");
    }

    @Test
    void leavesLatinTextToTheFastPath() {
        List<Term> in = TermFixtures.words("Société", "Huawei", "Ørsted", "1,000");
        assertThat(TermFixtures.run(new Transliterate(), in)).isEqualTo(in);
        assertThat(Transliterate.needsTransliteration("Société Générale Ørsted ß 1,000 & Co.")).isFalse();
        assertThat(Transliterate.needsTransliteration("Huawei华为")).isTrue();
        assertThat(Transliterate.needsTransliteration("٣")).isTrue();
    }

    @Test
    void isSafeToShareBetweenThreads() throws InterruptedException {
        Transliterate stage = new Transliterate();
        List<String> expected = TermFixtures.texts(transliterate("華為技術", "Газпром"));
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(start(() -> {
                for (int i = 0; i < 200; i++) {
                    List<Term> terms = TermFixtures.run(new SeparateHan(), TermFixtures.words("華為技術", "Газпром"));
                    List<String> got = TermFixtures.texts(TermFixtures.run(stage, terms));
                    if (!got.equals(expected)) {
                        failures.add(new AssertionError(got));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }
}
