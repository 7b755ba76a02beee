package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeparateHanTest {

    @Test
    void cutsHanRunsOutOfWordsEachWithItsOwnGroup() {
        List<Term> out = TermFixtures.run(new SeparateHan(), TermFixtures.words("Huawei华为", "中兴(ZTE)"));
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei", "华为", "中兴", "(ZTE)");
        assertThat(out).extracting(Term::group).containsExactly(-1, 0, 1, -1);
        assertThat(out).extracting(Term::surface).containsExactly("Huawei", "华为", "中兴", "(ZTE)");
    }

    @Test
    void aWholeHanWordIsOneRun() {
        List<Term> out = TermFixtures.run(new SeparateHan(), TermFixtures.words("华为技术有限公司"));
        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("华为技术有限公司");
            assertThat(t.group()).isZero();
        });
    }

    @Test
    void dropsMarksSetOnHanCharacters() {
        List<Term> out = TermFixtures.run(new SeparateHan(), TermFixtures.words("华\u0301为\u0308技术"));
        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("华为技术");
            assertThat(t.transformations()).containsExactly(Transformation.DIACRITICS_REMOVED);
        });
        assertThat(SeparateHan.withoutMarksOnHan("Se\u0301n华")).isEqualTo("Se\u0301n华");
    }

    @Test
    void leavesOtherScriptsAlone() {
        List<Term> in = TermFixtures.words("Huawei", "サムスン", "삼성");
        assertThat(TermFixtures.run(new SeparateHan(), in)).isEqualTo(in);
    }
}
