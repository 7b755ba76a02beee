package org.cordon.policy.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cordon.policy.evaluate.PolicyEngine;
import org.junit.jupiter.api.Test;

class ProgramLoaderTest {

    private static final String PROGRAM = """
        id: test-program
        title: A test program
        versions:
          - version: 1
            effective_from: 2019-01-01
            citations: ["Test Act §1"]
            applies_when: 'tx.type == "procurement"'
            rules:
              - id: covered
                match: '"X" in f.programs'
                outcome: BLOCK
                reason: "Blocked by ${matched.size()} finding(s)."
            otherwise: "Nothing found."
            rationale: Because.
          - version: 2
            effective_from: 2020-01-01
            effective_until: 2021-01-01
            amendment: "Adds a citation"
            citations: ["Test Act §1", "Test Rule 2"]
        """;

    private static Program load(String yaml) {
        return ProgramLoader.load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAmendmentCarriesOverWhatItDoesNotChange() {
        Program p = load(PROGRAM);
        ProgramVersion v2 = p.versions().get(1);
        assertThat(v2.citations()).containsExactly("Test Act §1", "Test Rule 2");
        assertThat(v2.rules()).extracting(Rule::id).containsExactly("covered");
        assertThat(v2.rationale()).isEqualTo("Because.");
        assertThat(v2.amendment()).isEqualTo("Adds a citation");
    }

    @Test
    void theVersionInForceFollowsTheDates() {
        Program p = load(PROGRAM);
        assertThat(p.versionOn(LocalDate.of(2018, 12, 31))).isEmpty();
        assertThat(p.versionOn(LocalDate.of(2019, 6, 1)).orElseThrow().version()).isEqualTo(1);
        assertThat(p.versionOn(LocalDate.of(2020, 1, 1)).orElseThrow().version()).isEqualTo(2);
        assertThat(p.versionOn(LocalDate.of(2021, 1, 1))).as("ended").isEmpty();
    }

    @Test
    void anUnknownFieldNamesFileLineAndField() {
        assertThatThrownBy(() -> load(PROGRAM.replace("    rationale: Because.", "    rationale: Because.\n    rational: typo")))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("test.yaml, line 16")
                .hasMessageContaining("versions[0].rational");
    }

    @Test
    void everyVersionCitesItsAuthority() {
        assertThatThrownBy(() -> load(PROGRAM.replace("    citations: [\"Test Act §1\"]\n", "")))
                .isInstanceOf(ProgramFileException.class).hasMessageContaining("versions[0].citations");
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertThatThrownBy(() -> load(PROGRAM.replace("outcome: BLOCK", "outcome: DENY")))
                .isInstanceOf(ProgramFileException.class).hasMessageContaining("outcome");
    }

    @Test
    void badCelFailsWhenTheEngineStartsNamingTheRule() {
        Program p = load(PROGRAM.replace("'\"X\" in f.programs'", "'\"X\" in f.programs &&'"));
        assertThatThrownBy(() -> new PolicyEngine(ProgramCatalog.of(List.of(p)), ExportControlData.bundled()))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("rule covered");
    }

    @Test
    void everyBundledProgramLoadsCompilesAndCites() {
        ProgramCatalog catalog = ProgramCatalog.bundled();
        new PolicyEngine(catalog, ExportControlData.bundled());
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(12);
        for (Program p : catalog.all()) {
            for (ProgramVersion v : p.versions()) {
                assertThat(v.citations()).as(p.id()).isNotEmpty();
                assertThat(v.rationale()).as(p.id()).isNotBlank();
            }
        }
        assertThat(catalog.get("ndaa-889-part-a").orElseThrow().firstEffective()).isEqualTo(LocalDate.of(2019, 8, 13));
        assertThat(catalog.get("ndaa-889-part-b").orElseThrow().firstEffective()).isEqualTo(LocalDate.of(2020, 8, 13));
        assertThat(catalog.get("fcc-usf-54-9").orElseThrow().firstEffective()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(catalog.get("dod-exchange-sales-ban").orElseThrow().firstEffective()).isEqualTo(LocalDate.of(2018, 4, 25));
        assertThat(catalog.get("bis-entity-list").orElseThrow().versionOn(LocalDate.of(2020, 9, 1)).orElseThrow().version())
                .as("the broadened foreign direct product rule").isEqualTo(3);
    }

    @Test
    void exportControlDataReadsEccnsAndTheChart() {
        ExportControlData d = ExportControlData.bundled();
        assertThat(d.eccn("3E001").orElseThrow().reasons()).contains("NS1", "MT1", "NP1", "AT1");
        assertThat(d.eccn("5A002.a.1").orElseThrow().code()).as("read by its entry").isEqualTo("5A002");
        assertThat(d.chartRow("CN").orElseThrow()).contains("NS1", "NS2", "MT1").doesNotContain("AT1");
        assertThat(d.chartRow("IR").orElseThrow()).as("Iran's row refers to part 746").isEmpty();
        assertThat(d.knows("9Z999")).isFalse();
    }
}
