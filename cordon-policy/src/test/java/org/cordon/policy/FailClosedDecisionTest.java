package org.cordon.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Resolver;
import org.cordon.policy.resolve.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Fail closed: a program ALLOWs only when every subject it looks at is matched or cleared. What Cordon cannot
 * resolve (a near match, a disguised name, an unknown maker, an item with no maker) is REVIEW with the reason.
 */
class FailClosedDecisionTest {

    private static String procurement(String date, String use, String itemJson) {
        return """
                {"type": "procurement", "date": "%s", %s
                 "buyer": {"name": "General Services Administration", "kind": "federal-agency", "country": "US"},
                 "items": [%s]}""".formatted(date, use.isEmpty() ? "" : "\"use\": \"" + use + "\",", itemJson);
    }

    private static ProgramResult partA(Decision d) {
        return d.programs().stream().filter(p -> p.id().equals("ndaa-889-part-a")).findFirst()
                .orElseThrow(() -> new AssertionError("Part A did not apply: " + DecisionJson.write(d)));
    }

    @Test
    void aNearMatchBelowTheThresholdIsReviewNamingTheCandidate() {
        Decision d = BundledDecisions.decisions().check(procurement("2021-06-01", "government-facility-security",
                "{\"description\": \"IP camera\", \"manufacturer\": \"Hikvison Digitel\"}"));
        String shown = DecisionJson.write(d);
        assertThat(d.outcome()).as(shown).isEqualTo(Outcome.REVIEW);
        assertThat(partA(d).rule()).isEqualTo("fail-closed");
        Unresolved u = d.unresolved().stream().filter(x -> x.kind() == Unresolved.Kind.NEAR_MATCH).findFirst()
                .orElseThrow(() -> new AssertionError(shown));
        assertThat(u.candidates()).isNotEmpty();
        assertThat(u.candidates().get(0).partyId()).endsWith("/hikvision");
        assertThat(u.candidates().get(0).score()).isBetween(Resolver.REVIEW_FLOOR, Resolver.FINDING_THRESHOLD);
        assertThat(partA(d).reason()).contains("Hikvison Digitel").contains("review band");
    }

    @Test
    void withoutTheBandTheSameNearMatchWouldBeAllowedWhichIsWhyTheBandExists() {
        Decisions noBand = Decisions.builder(BundledDecisions.listed()).reviewFloor(Resolver.FINDING_THRESHOLD).build();
        Decision d = noBand.check(procurement("2021-06-01", "government-facility-security",
                "{\"description\": \"IP camera\", \"manufacturer\": \"Hikvison Digitel\"}"));
        assertThat(d.unresolved()).noneMatch(u -> u.kind() == Unresolved.Kind.NEAR_MATCH);
    }

    @Test
    void anUnknownBrandIsReviewAndAKnownOneIsAllowed() {
        Decision unknown = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"smartphone\", \"brand\": \"Zorvex\", \"model\": \"Z9\"}"));
        assertThat(unknown.outcome()).as(DecisionJson.write(unknown)).isEqualTo(Outcome.REVIEW);
        assertThat(partA(unknown).rule()).isEqualTo("fail-closed");
        assertThat(unknown.unresolved()).extracting(Unresolved::kind).containsExactly(Unresolved.Kind.UNKNOWN_MAKER);

        Decision known = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"smartphone\", \"manufacturer\": \"Samsung Electronics Co., Ltd.\", \"model\": \"Galaxy S21\"}"));
        assertThat(known.outcome()).as(DecisionJson.write(known)).isEqualTo(Outcome.ALLOW);
        assertThat(known.unresolved()).isEmpty();
    }

    @Test
    void aKnownManufacturerPlacesTheItemWhateverItsProductLineIsCalled() {
        Decision d = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"router\", \"manufacturer\": \"Cisco Systems, Inc.\", \"brand\": \"Catalyst\"}"));
        assertThat(d.outcome()).as(DecisionJson.write(d)).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void anItemNamingNoMakerIsReview() {
        Decision d = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"4G router\"}"));
        assertThat(d.outcome()).as(DecisionJson.write(d)).isEqualTo(Outcome.REVIEW);
        assertThat(d.unresolved()).extracting(Unresolved::kind).containsExactly(Unresolved.Kind.MAKER_NOT_STATED);
    }

    @Test
    void aMakerWrittenWithABidiOverrideIsNeverAllowed() {
        Decision d = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"router\", \"manufacturer\": \"\\u202eiewauH\\u202c\"}"));
        assertThat(d.outcome()).as(DecisionJson.write(d)).isIn(Outcome.REVIEW, Outcome.BLOCK);
        assertThat(d.outcome()).isNotEqualTo(Outcome.ALLOW);
        Decision spaced = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"router\", \"manufacturer\": \"H u a w e i T e c h n o l o g i e s C o L t d\"}"));
        assertThat(spaced.outcome()).as(DecisionJson.write(spaced)).isIn(Outcome.REVIEW, Outcome.BLOCK);
    }

    @Test
    void aRuleThatHoldsWhoeverThePartiesAreIsNotReopened() {
        // A release to a U.S. citizen is no deemed export, whoever the employer; the unknown employer stays a note.
        Decision d = BundledDecisions.decisions().check("""
                {"type": "technology-release", "date": "2021-06-01",
                 "person": {"name": "Jane Roe", "citizenships": ["US"], "usPerson": true, "employer": "Hikvison Digitel"},
                 "technology": {"eccn": "3E001"}}""");
        ProgramResult deemed = d.programs().stream().filter(p -> p.id().equals("ear-deemed-exports")).findFirst()
                .orElseThrow();
        assertThat(deemed.outcome()).as(DecisionJson.write(d)).isEqualTo(Outcome.ALLOW);
        assertThat(deemed.rule()).isEqualTo("us-person");
        assertThat(d.unresolved()).isNotEmpty();
    }

    @Test
    void aRestaurantThatSharesAWordWithHuaweiIsClearedWithANoteButHuaweiItselfIsNot() {
        String catering = """
                {"type": "procurement", "date": "2021-06-01",
                 "buyer": {"name": "Department of the Army", "kind": "federal-agency", "country": "US"},
                 "seller": {"name": "%s", "kind": "company", "country": "US"},
                 "items": [{"description": "catering for the open day", "service": true}]}""";
        Decision restaurant = BundledDecisions.decisions().check(catering.formatted("Hua Wei Restaurant"));
        assertThat(restaurant.outcome()).as(DecisionJson.write(restaurant)).isEqualTo(Outcome.ALLOW);
        assertThat(restaurant.notes()).anyMatch(n -> n.contains("Hua Wei Restaurant") && n.contains("restaurant")
                && n.contains("cleared"));
        // Spaced out, the same words are a disguise: never cleared by a trade word.
        Decision spaced = BundledDecisions.decisions().check(catering.formatted("H u a w e i Restaurant"));
        assertThat(spaced.outcome()).as(DecisionJson.write(spaced)).isNotEqualTo(Outcome.ALLOW);
    }

    @Test
    void theDecisionJsonNamesWhatIsUnresolved() {
        Decision d = BundledDecisions.decisions().check(procurement("2021-06-01", "",
                "{\"description\": \"IP camera\", \"manufacturer\": \"Hikvison Digitel\"}"));
        String json = DecisionJson.write(d);
        assertThat(json).contains("\"unresolved\"").contains("\"kind\" : \"near-match\"").contains("\"candidates\"");
    }
}
