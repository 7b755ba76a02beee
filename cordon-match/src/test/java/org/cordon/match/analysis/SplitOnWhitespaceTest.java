package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class SplitOnWhitespaceTest {

    @Test
    void splitsOnAnyUnicodeSpaceAndRemembersTheWords() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new SplitOnWhitespace().apply(
                List.of(Term.of(" Huawei\u00A0Technologies\u3000Co.,\tLtd.\n", -1)), context);
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei", "Technologies", "Co.,", "Ltd.");
        assertThat(out.get(2).surface()).isEqualTo("Co.,");
        assertThat(out.get(3).word()).isEqualTo(3);
        assertThat(context.word(2)).isEqualTo("Co.,");
    }

    @Test
    void anEmptyOrBlankNameHasNoWords() {
        assertThat(TermFixtures.run(new SplitOnWhitespace(), List.of(Term.of("", -1)))).isEmpty();
        assertThat(TermFixtures.run(new SplitOnWhitespace(), List.of(Term.of(" \u2003 ", -1)))).isEmpty();
    }

    @Test
    void aZeroWidthSpaceIsNotASpace() {
        // it is invisible, removed by the next stage, which joins the word back together
        assertThat(SplitOnWhitespace.split("Hua\u200Bwei")).containsExactly("Hua\u200Bwei");
    }
}
