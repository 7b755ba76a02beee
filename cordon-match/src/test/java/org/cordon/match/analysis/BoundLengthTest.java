package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class BoundLengthTest {

    @Test
    void cutsAtOneThousandCodePointsAndSaysSo() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new BoundLength().apply(List.of(Term.of("a".repeat(5_000), -1)), context);
        assertThat(out.get(0).text()).hasSize(1_000);
        assertThat(context.warnings()).containsExactly("name cut at 1,000 characters");
    }

    @Test
    void countsCodePointsAndNeverSplitsASurrogatePair() {
        String clef = "\uD834\uDD1E"; // one code point, two chars
        List<Term> out = TermFixtures.run(new BoundLength(), List.of(Term.of(clef.repeat(1_500), -1)));
        String text = out.get(0).text();
        assertThat(text.codePointCount(0, text.length())).isEqualTo(1_000);
        assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).isFalse();
    }

    @Test
    void leavesOrdinaryNamesAlone() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> in = List.of(Term.of("Huawei Technologies Co., Ltd.", -1));
        assertThat(new BoundLength().apply(in, context)).isEqualTo(in);
        assertThat(context.warnings()).isEmpty();
    }
}
