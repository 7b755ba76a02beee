package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.Token;
import org.cordon.match.analysis.TokenKind;
import org.cordon.match.score.Explanation.TokenMatch;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class NameScorerTest {

    /** Weights as a list of 10,000 names would give them: distinctive words rare, organisation words common. */
    static final TokenWeights WEIGHTS = TokenWeights.fromFrequencies(Map.ofEntries(
            Map.entry("huawei", 20), Map.entry("technology", 900), Map.entry("device", 40), Map.entry("banco", 60),
            Map.entry("nacional", 80), Map.entry("de", 2500), Map.entry("cuba", 150), Map.entry("john", 300),
            Map.entry("smith", 200), Map.entry("michael", 250), Map.entry("alqaida", 5), Map.entry("al", 1500),
            Map.entry("qaida", 8)), 10_000);

    final NameScorer scorer = new NameScorer(WEIGHTS);

    double score(String q, String n, PartyType type) {
        return scorer.score(Names.of(q), Names.of(n), type).score();
    }

    @Test
    void identicalNamesScoreOne() {
        assertThat(score("huawei technology+ ltd!", "huawei technology+ ltd!", PartyType.ORGANIZATION)).isEqualTo(1.0);
    }

    @Test
    void aShortFormOfAListedNameStillMatches() {
        assertThat(score("huawei", "huawei technology+ ltd!", PartyType.ORGANIZATION)).isGreaterThan(0.85);
        assertThat(score("huawei technology+", "huawei device ltd!", PartyType.ORGANIZATION)).isBetween(0.6, 0.9);
    }

    @Test
    void legalFormsBarelyCount() {
        double with = score("huawei technology+ ltd!", "huawei technology+ ltd!", PartyType.ORGANIZATION);
        double without = score("huawei technology+", "huawei technology+ ltd!", PartyType.ORGANIZATION);
        double other = score("huawei technology+ llc!", "huawei technology+ ltd!", PartyType.ORGANIZATION);
        assertThat(with - without).isStrictlyBetween(0.0, 0.05);
        assertThat(with - other).isStrictlyBetween(0.0, 0.05);
    }

    @Test
    void aDistinctiveWordTheListedNameLacksCountsAgainst() {
        assertThat(score("banco nacional de~ chile", "banco nacional de~ cuba", PartyType.ORGANIZATION)).isLessThan(0.7);
    }

    @Test
    void typosJoinsAndInitialsMeet() {
        assertThat(score("huawai", "huawei", PartyType.ORGANIZATION)).isEqualTo(0.9);
        assertThat(score("al~ qaida", "alqaida", PartyType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("alqaida", "al~ qaida", PartyType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("ghstechnology", "ghs technology+", PartyType.ORGANIZATION)).isEqualTo(1.0);
        AnalyzedName zte = new AnalyzedName("ZTE Corporation", "zte corporation", List.of(Token.word("zte"),
                new Token("corp", "Corporation", TokenKind.LEGAL_FORM, Set.of())), Set.of(), List.of());
        assertThat(scorer.score(Names.of("ztecorporation"), zte, PartyType.ORGANIZATION).score()).isEqualTo(1.0);
        assertThat(score("hua^ wei^ technology+", "huawei technology+", PartyType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("j. smith", "john smith", PartyType.PERSON)).isStrictlyBetween(0.85, 1.0);
    }

    @Test
    void aLegalFormGluedToANameStillMeetsIt() {
        Set<String> forms = Set.of("company", "pte", "ltd");
        assertThat(TokenAlignment.gluedToFormWord("companysinarapromtrans", "sinarapromtrans", forms)).isTrue();
        assertThat(TokenAlignment.gluedToFormWord("mgipte", "mgi", forms)).isTrue();
        assertThat(TokenAlignment.gluedToFormWord("mgixyz", "mgi", forms)).isFalse();
        assertThat(TokenAlignment.gluedToFormWord("ltd", "l", forms)).isFalse();
    }

    @Test
    void shortWordsMustBeEqual() {
        assertThat(TokenAlignment.typoSimilarity("ali", "alo")).isZero();
        assertThat(TokenAlignment.typoSimilarity("nadr", "nader")).isEqualTo(0.85);
        assertThat(TokenAlignment.typoSimilarity("smith", "smyth")).isEqualTo(0.9);
        assertThat(TokenAlignment.typoSimilarity("alexandrov", "aleksandrov")).isEqualTo(0.82);
    }

    @Test
    void personsMayBeReorderedOrganisationsLoseALittle() {
        assertThat(score("smith john", "john smith", PartyType.PERSON)).isEqualTo(1.0);
        assertThat(score("cuba banco", "banco cuba", PartyType.ORGANIZATION)).isEqualTo(1.0 - NameScorer.REORDER_PENALTY);
        assertThat(score("john smith", "john michael smith", PartyType.PERSON)).isGreaterThan(0.8);
    }

    @Test
    void explainsWhichTokensMetAndHow() {
        NameScore s = scorer.score(Names.of("hua^ wei^ tech+ ltd!"), Names.of("huawei technology+ ltd!"), PartyType.ORGANIZATION);
        assertThat(s.tokens()).extracting(TokenMatch::query, TokenMatch::listed)
                .contains(org.assertj.core.groups.Tuple.tuple("hua wei", "huawei"),
                        org.assertj.core.groups.Tuple.tuple("ltd", "ltd"),
                        org.assertj.core.groups.Tuple.tuple("tech", ""),
                        org.assertj.core.groups.Tuple.tuple("", "technology"));
        TokenMatch joined = s.tokens().stream().filter(t -> t.listed().equals("huawei")).findFirst().orElseThrow();
        assertThat(joined.how()).containsExactly("joined words", "transliterated");
    }

    @Test
    void emptyNamesScoreZero() {
        assertThat(score("ltd!", "huawei ltd!", PartyType.ORGANIZATION)).isZero();
    }
}
