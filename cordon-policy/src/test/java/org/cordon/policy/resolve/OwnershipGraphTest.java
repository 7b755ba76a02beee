package org.cordon.policy.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnershipGraphTest {

    private static final Map<String, Set<String>> DESIGNATED = Map.of("l/huawei", Set.of("A", "B"), "l/zte", Set.of("A"));

    private static List<OwnershipGraph.Route> routes(String start, Edge... edges) {
        return OwnershipGraph.of(List.of()).with(List.of(edges))
                .routes(start, java.time.LocalDate.of(2021, 1, 1), id -> DESIGNATED.getOrDefault(id, Set.of()), id -> id);
    }

    private static Edge owned(String from, String to, Double share) {
        return new Edge(from, from, to, to, "owned_by", Optional.ofNullable(share), true, "test");
    }

    @Test
    void aDesignatedPartyReachesItself() {
        assertThat(routes("l/huawei")).singleElement().satisfies(r -> assertThat(r.steps()).isEmpty());
    }

    @Test
    void subsidiariesCarryEveryProgram() {
        var r = routes("acme", new Edge("acme", "Acme", "l/huawei", "Huawei", "subsidiary_of", Optional.empty(), true, "t"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.designated()).isEqualTo("l/huawei");
            assertThat(x.programs()).isEmpty();
            assertThat(x.certain()).isTrue();
        });
    }

    @Test
    void aMinorityStakeCarriesNothingButAnAggregateMajorityDoes() {
        assertThat(routes("acme", owned("acme", "l/huawei", 0.3))).isEmpty();
        var both = routes("acme", owned("acme", "l/huawei", 0.3), owned("acme", "l/zte", 0.3));
        assertThat(both).extracting(OwnershipGraph.Route::designated).containsExactlyInAnyOrder("l/huawei", "l/zte");
        assertThat(both).allSatisfy(x -> assertThat(x.programs()).as("only what both carry").containsExactly("A"));
    }

    @Test
    void anUnknownShareCarriesCoverageButIsUncertain() {
        assertThat(routes("acme", owned("acme", "l/huawei", null))).singleElement()
                .satisfies(x -> assertThat(x.certain()).isFalse());
    }

    @Test
    void ownershipThroughAnUndesignatedHoldingCompanyCounts() {
        var r = routes("acme", owned("acme", "holdco", 0.8), owned("holdco", "l/huawei", 0.51));
        assertThat(r).singleElement().satisfies(x -> assertThat(x.steps()).hasSize(2));
    }

    @Test
    void cyclesEnd() {
        var r = routes("a", owned("a", "b", 0.6), owned("b", "a", 0.6), owned("b", "l/zte", 0.9));
        assertThat(r).extracting(OwnershipGraph.Route::designated).containsExactly("l/zte");
    }
}
