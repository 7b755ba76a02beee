package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliseCompatibilityTest {

    @Test
    void foldsFullWidthMathematicalAndCircledLettersAndLigatures() {
        List<Term> out = TermFixtures.run(new NormaliseCompatibility(),
                TermFixtures.words("Ｈｕａｗｅｉ", "\uD835\uDC07\uD835\uDC2E\uD835\uDC1A\uD835\uDC30\uD835\uDC1E\uD835\uDC22",
                        "ⓩⓣⓔ", "ﬁrm"));
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei", "Huawei", "zte", "firm");
        assertThat(out).allSatisfy(t ->
                assertThat(t.transformations()).containsExactly(Transformation.COMPATIBILITY_NORMALISED));
        assertThat(out.get(0).surface()).isEqualTo("Ｈｕａｗｅｉ");
    }

    @Test
    void expandsSquaredHanLegalForms() {
        assertThat(TermFixtures.texts(TermFixtures.run(new NormaliseCompatibility(), TermFixtures.words("㍿"))))
                .containsExactly("株式会社");
    }

    @Test
    void leavesNormalTextUnflagged() {
        List<Term> in = TermFixtures.words("Société", "华为技术");
        assertThat(TermFixtures.run(new NormaliseCompatibility(), in)).isEqualTo(in);
    }

    @Test
    void composesDecomposedAccentsWithoutFlaggingThem() {
        List<Term> out = TermFixtures.run(new NormaliseCompatibility(), TermFixtures.words("Socie\u0301te\u0301"));
        assertThat(out.get(0).text()).isEqualTo("Soci\u00E9t\u00E9");
        assertThat(out.get(0).transformations()).isEmpty();
    }
}
