package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class StripInvisibleTest {

    @Test
    void removesAZeroWidthJoinerInsideANameAndNamesIt() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new StripInvisible().apply(TermFixtures.words("Hua\u200Dwei"), context);
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.INVISIBLE_REMOVED);
        assertThat(out.get(0).surface()).isEqualTo("Hua\u200Dwei");
        assertThat(context.warnings()).containsExactly("invisible characters removed: ZERO WIDTH JOINER (U+200D)");
    }

    @Test
    void removesBidiControlsSoftHyphensControlsAndLoneSurrogates() {
        List<Term> out = TermFixtures.run(new StripInvisible(), TermFixtures.words(
                "\u202EHuawei\u202C", "Tech\u00ADnologies", "Z\u0000TE", "A\uD800B", "\uFEFFLtd", "X\uFE0F"));
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei", "Technologies", "ZTE", "AB", "Ltd", "X");
    }

    @Test
    void dropsATermOfNothingButInvisibleCharactersAndStillRecordsIt() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new StripInvisible().apply(TermFixtures.words("\u200B\u200C", "ZTE"), context);
        assertThat(TermFixtures.texts(out)).containsExactly("ZTE");
        assertThat(context.transformations()).contains(Transformation.INVISIBLE_REMOVED);
    }

    @Test
    void leavesVisibleTextAlone() {
        List<Term> in = TermFixtures.words("Société", "华为", "Газпром", "أسامة");
        assertThat(TermFixtures.run(new StripInvisible(), in)).isEqualTo(in);
    }
}
