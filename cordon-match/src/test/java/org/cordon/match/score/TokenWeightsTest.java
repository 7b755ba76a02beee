package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;
import org.junit.jupiter.api.Test;

class TokenWeightsTest {

    final TokenWeights weights = TokenWeights.fromFrequencies(Map.of("huawei", 10, "trading", 5000), 10_000)
            .withFormWords(Set.of("company", "ogranichennoi"));

    double of(String text, TokenKind kind) {
        return weights.of(new Token(text, text, kind, Set.of()));
    }

    @Test
    void rareWordsWeighMoreThanCommonOnesAndUnseenWeighMost() {
        assertThat(of("huawei", TokenKind.WORD)).isGreaterThan(of("trading", TokenKind.WORD));
        assertThat(of("zzyzx", TokenKind.WORD)).isGreaterThan(of("huawei", TokenKind.WORD));
    }

    @Test
    void legalFormsParticlesAndOrganisationWordsWeighLittle() {
        assertThat(of("ltd", TokenKind.LEGAL_FORM)).isEqualTo(TokenWeights.LEGAL_FORM_WEIGHT);
        assertThat(of("al", TokenKind.PARTICLE)).isEqualTo(TokenWeights.PARTICLE_WEIGHT);
        assertThat(of("huawei", TokenKind.ORG_WORD)).isLessThanOrEqualTo(2.0);
    }

    @Test
    void anUnseenWordOneTypoFromALegalFormWordWeighsLikeALegalForm() {
        assertThat(of("compiany", TokenKind.WORD)).isEqualTo(TokenWeights.LEGAL_FORM_WEIGHT);
        assertThat(of("ogranichkennoi", TokenKind.WORD)).isEqualTo(TokenWeights.LEGAL_FORM_WEIGHT);
        assertThat(of("compass", TokenKind.WORD)).isGreaterThan(5.0);
    }

    @Test
    void theStandardAnalyzerKnowsTheWordsOfItsTables() {
        assertThat(NameAnalyzer.standard().formWords()).contains("company", "limited", "obshchestvo")
                .contains("pte", "ltd").allMatch(w -> w.length() >= 2);
    }
}
