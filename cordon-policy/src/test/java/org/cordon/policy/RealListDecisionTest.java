package org.cordon.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.SharedData;
import org.cordon.ingest.registry.Importers;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.ListedParties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decisions against the publishers' own files: Denied Persons List entries carry their own dates. */
class RealListDecisionTest {

    private static Decisions decisions;

    @BeforeAll
    static void load() throws Exception {
        Path dpl = SharedData.require("lists/bis-dpl/2023-11/dpl.txt");
        ImportResult r = Importers.forFormat(ListFormat.DPL).read(dpl, ImportOptions.strict());
        decisions = Decisions.builder(ListedParties.builder().add(r.listId() + "@1", r.parties()).build()).build();
    }

    private static Decision export(String date, String endUser) {
        return decisions.check("""
            {"type": "export", "date": "%s", "seller": {"name": "Acme Optics Inc.", "kind": "company", "country": "US"},
             "endUser": {"name": "%s", "kind": "person", "country": "US"}}
            """.formatted(date, endUser));
    }

    @Test
    void aDeniedPersonIsBlockedOnlyBetweenTheOrdersDates() {
        // Effective 2022-08-24, expiring 2026-01-14 in the 2023-11 file (87 FR 52741).
        assertThat(export("2022-08-23", "AARON ABRAHAM VILLA").outcome()).isEqualTo(Outcome.ALLOW);
        Decision during = export("2023-01-10", "AARON ABRAHAM VILLA");
        assertThat(during.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(during.programs().get(0).id()).isEqualTo("bis-denial-orders");
        assertThat(during.findings().get(0).designations().get(0).authority()).contains("87 F.R. 52741");
        assertThat(export("2026-02-01", "AARON ABRAHAM VILLA").outcome()).isEqualTo(Outcome.ALLOW);
    }
}
