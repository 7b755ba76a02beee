package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class FoldConfusablesTest {

    private final FoldConfusables stage = new FoldConfusables(TermFixtures.TABLES.confusables());

    @Test
    void foldsACyrillicLetterInsideALatinWordAndWarns() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = stage.apply(TermFixtures.words("Hu\u0430wei"), context);
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.CONFUSABLE_FOLDED);
        assertThat(out.get(0).surface()).isEqualTo("Hu\u0430wei");
        assertThat(context.warnings())
                .containsExactly("look-alike Cyrillic letters in a Latin name: \u0430 (U+0430)");
    }

    @Test
    void foldsAWholeGreekWordBesideLatinWords() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = stage.apply(TermFixtures.words("\u0396\u03A4\u0395", "Corporation"), context);
        assertThat(TermFixtures.texts(out)).containsExactly("ZTE", "Corporation");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.CONFUSABLE_FOLDED);
        assertThat(out.get(1).transformations()).isEmpty();
        assertThat(context.warnings()).containsExactly(
                "look-alike Greek letters in a Latin name: \u0396 (U+0396), \u03A4 (U+03A4), \u0395 (U+0395)");
    }

    @Test
    void namesEachScriptOnce() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        stage.apply(TermFixtures.words("Hu\u0430w\u0435i", "\u0396TE", "T\u0435ch"), context);
        assertThat(context.warnings()).containsExactly(
                "look-alike Cyrillic letters in a Latin name: \u0430 (U+0430), \u0435 (U+0435)",
                "look-alike Greek letters in a Latin name: \u0396 (U+0396)");
    }

    @Test
    void leavesANameWhollyInCyrillicToTransliteration() {
        List<Term> in = TermFixtures.words("\u041E\u041E\u041E", "\u0420\u043E\u0441\u043D\u0435\u0444\u0442\u044C");
        assertThat(TermFixtures.run(stage, in)).isEqualTo(in); // ООО Роснефть
        List<Term> gazprom = TermFixtures.words("Газпром");
        assertThat(TermFixtures.run(stage, gazprom)).isEqualTo(gazprom);
    }

    @Test
    void foldsANameWhollyInLookAlikesOnlyForItsLookAlikeReading() {
        List<Term> cta = TermFixtures.words("\u0421\u0422\u0410"); // СТА, Cyrillic letters that pass for "CTA"
        assertThat(TermFixtures.run(stage, cta)).isEqualTo(cta);
        assertThat(TermFixtures.texts(TermFixtures.run(new FoldConfusables(TermFixtures.TABLES.confusables(), true),
                cta))).containsExactly("CTA");
        assertThat(FoldConfusables.whollyLookAlike("\u0421\u0422\u0410", TermFixtures.TABLES.confusables())).isTrue();
        assertThat(FoldConfusables.whollyLookAlike("\u0413\u0430\u0437\u043F\u0440\u043E\u043C",
                TermFixtures.TABLES.confusables())).isFalse(); // Газпром: Г and з pass for nothing
        List<Term> rosneft = TermFixtures.words("\u041E\u041E\u041E", "\u0420\u043E\u0441\u043D\u0435\u0444\u0442\u044C");
        assertThat(TermFixtures.run(new FoldConfusables(TermFixtures.TABLES.confusables(), true), rosneft))
                .isEqualTo(rosneft); // ООО Роснефть has genuine Cyrillic letters
    }

    @Test
    void leavesAGreekNameAlone() {
        List<Term> zte = TermFixtures.words("\u0396\u03A4\u0395");
        assertThat(TermFixtures.run(stage, zte)).isEqualTo(zte); // ΖΤΕ alone is read as Greek: "ZTE" all the same
    }

    @Test
    void leavesACyrillicWordWithALatinLetterToTransliteration() {
        // "Гaзпром" with a Latin a: folding its р to p would make "Gazppom"; transliteration reads it right
        List<Term> in = TermFixtures.words("\u0413a\u0437\u043F\u0440\u043E\u043C");
        assertThat(TermFixtures.run(stage, in)).isEqualTo(in);
    }

    @Test
    void leavesCyrillicWordsInANameThatAlsoHasLatinWordsWhenTheyAreRealCyrillic() {
        List<Term> in = TermFixtures.words("OOO", "Роснефть");
        assertThat(TermFixtures.run(stage, in)).isEqualTo(in);
    }

    @Test
    void foldsLookAlikesBesideHanInOneWord() {
        List<Term> out = TermFixtures.run(stage, TermFixtures.words("Hu\u0430wei华为"));
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei华为");
    }
}
