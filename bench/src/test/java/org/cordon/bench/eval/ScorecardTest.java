package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final LabelledQuery TYPO = LabelledQuery.of("typo-0001", "BANCO NACIONAL DE CUAB",
            PartyType.ORGANIZATION, QueryKind.TYPO, Set.of("csl/1", "ofac-sdn/1"), "BANCO NACIONAL DE CUBA");
    private static final LabelledQuery CASE = LabelledQuery.of("case-0001", "hamas", PartyType.ORGANIZATION,
            QueryKind.CASE, Set.of("ofac-sdn/2"), "HAMAS");
    private static final LabelledQuery NEGATIVE = LabelledQuery.of("negative_org-0001", "Blue Harbor Software LLC",
            PartyType.ORGANIZATION, QueryKind.NEGATIVE_ORG, Set.of(), "");

    private static final List<QueryOutcome> OUTCOMES = List.of(
            // Found through the second expected party, with one wrong match above it.
            new QueryOutcome(TYPO, List.of(hit("ofac-sdn/9", 0.93), hit("ofac-sdn/1", 0.91), hit("csl/7", 0.70))),
            // Found only below 0.85.
            new QueryOutcome(CASE, List.of(hit("ofac-sdn/2", 0.82))),
            // Flagged only below 0.75.
            new QueryOutcome(NEGATIVE, List.of(hit("ofac-sdn/3", 0.72))));

    @Test
    void countsFoundVariantsCorrectMatchesAndFlaggedNegatives() {
        Scorecard at80 = Scorecard.of(OUTCOMES, 0.80);
        assertThat(at80.recall()).isEqualTo(new Scorecard.Rate(2, 2));
        assertThat(at80.negativesFlagged()).isEqualTo(new Scorecard.Rate(0, 1));
        assertThat(at80.returned()).isEqualTo(3);
        assertThat(at80.correct()).isEqualTo(2);
        assertThat(at80.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(at80.f1()).isCloseTo(2 * (2.0 / 3) / (2.0 / 3 + 1), within(1e-9));
        assertThat(at80.byKind().get(QueryKind.TYPO)).isEqualTo(new Scorecard.Rate(1, 1));
    }

    @Test
    void higherThresholdsKeepOnlyTheBetterMatches() {
        Scorecard at85 = Scorecard.of(OUTCOMES, 0.85);
        assertThat(at85.recall()).isEqualTo(new Scorecard.Rate(1, 2));
        assertThat(at85.byKind().get(QueryKind.CASE)).isEqualTo(new Scorecard.Rate(0, 1));
        Scorecard at70 = Scorecard.of(OUTCOMES, 0.70);
        assertThat(at70.negativesFlagged()).isEqualTo(new Scorecard.Rate(1, 1));
        assertThat(at70.returned()).isEqualTo(5);
        Scorecard at99 = Scorecard.of(OUTCOMES, 0.99);
        assertThat(at99.precision()).isNaN();
        assertThat(at99.recall().value()).isZero();
    }

    @Test
    void theFirstHitRateAsksForAnExpectedPartyOnTop() {
        assertThat(Scorecard.firstHits(OUTCOMES, 0.80, q -> true)).isEqualTo(new Scorecard.Rate(1, 2));
        assertThat(Scorecard.firstHits(OUTCOMES, 0.92, q -> true)).isEqualTo(new Scorecard.Rate(0, 2));
    }

    private static QueryOutcome.Hit hit(String partyId, double score) {
        return new QueryOutcome.Hit(partyId, "name", score);
    }
}
