package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class KeepTokenAlphabetTest {

    @Test
    void lowerCaseComesFirst() {
        assertThat(TermFixtures.texts(TermFixtures.run(new LowerCase(), TermFixtures.words("HUAWEI", "Istanbul"))))
                .containsExactly("huawei", "istanbul");
    }

    @Test
    void keepsAsciiLettersAndDigitsAndReadsOtherDigits() {
        assertThat(TermFixtures.texts(TermFixtures.run(new KeepTokenAlphabet(), TermFixtures.words("huawei", "٣٤٥", "5g"))))
                .containsExactly("huawei", "345", "5g");
    }

    @Test
    void dropsWhatNoStageCouldReadAndWarnsOfLostLetters() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new KeepTokenAlphabet().apply(TermFixtures.words("qaʿda", "\uE000", "ꙮ"), context);
        assertThat(TermFixtures.texts(out)).containsExactly("qada");
        assertThat(context.warnings()).singleElement().asString().contains("ꙮ (U+A66E)");
    }
}
