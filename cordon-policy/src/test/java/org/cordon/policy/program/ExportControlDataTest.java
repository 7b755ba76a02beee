package org.cordon.policy.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cordon.model.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The export-control data: the reader refuses what it cannot use, and the bundled chart covers every country. */
class ExportControlDataTest {

    private static final ExportControlData DATA = ExportControlData.bundled();

    /** A small valid file; each negative test changes one line of it. */
    private static final String SMALL = """
            source: "test"
            eccns:
              3E001: {reasons: [NS1, MT1, NP1, AT1], title: "t"}
            country_chart:
              citation: "15 CFR part 738, Supplement No. 1"
              as_of: 2026-07-23
              confidence: medium
              columns: [NS1, NS2, MT1, NP1, AT1]
              footnotes:
                1: "a footnote"
              rows:
                CA: {name: "Canada", x: [], confidence: high}
                CN: {name: "China", x: [NS1, MT1, NP1], footnotes: [1], confidence: medium}
                CU: {name: "Cuba", x: [], see: "15 CFR 746.2", confidence: medium}
                "NO": {name: "Norway", x: [NS1], confidence: medium}
              not_in_chart:
                HK: {name: "Hong Kong", governed_by: CN, why: "the China row", confidence: medium}
            country_groups:
              groups:
                A1: [CA, "NO"]
                D1: [CN]
                E2: [CU]
            part_746:
              destinations:
                CU: {section: "15 CFR 746.2", ccl: licence, ear99: licence, why: "embargo"}
            """;

    private static ExportControlData read(String yaml) throws IOException {
        try (InputStream in = new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))) {
            return ExportControlData.read("test.yaml", in);
        }
    }

    @Test
    void readsTheSmallFile() throws IOException {
        ExportControlData d = read(SMALL);
        assertThat(d.chartRow("CN").orElseThrow()).containsExactly("NS1", "MT1", "NP1");
        assertThat(d.row("CN").orElseThrow().footnotes()).containsExactly(1);
        assertThat(d.governingRow("HK").orElseThrow().code()).isEqualTo("CN");
        assertThat(d.row("HK")).isEmpty();
        assertThat(d.groupsOf("NO")).containsExactly("A1");
        assertThat(d.part746("CU").orElseThrow().need("EAR99")).isEqualTo("licence");
        assertThat(d.chartAsOf()).isEqualTo(LocalDate.of(2026, 7, 23));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        bad column             | CN: {name: "China", x: [NS1, MT1, NP1], footnotes: [1], confidence: medium} | CN: {name: "China", x: [NS3], confidence: medium} | country_chart.rows.CN.x: unknown column 'NS3'
        unknown country code   | CA: {name: "Canada", x: [], confidence: high} | QQ: {name: "Nowhere", x: [], confidence: high} | country_chart.rows.QQ: 'QQ' is not a country code
        lower-case code        | CA: {name: "Canada", x: [], confidence: high} | ca: {name: "Canada", x: [], confidence: high} | country_chart.rows.ca: 'ca' is not a country code
        bare NO                | A1: [CA, "NO"] | A1: [CA, NO] | country_groups.groups.A1: 'false' is not a country code Cordon knows (ISO 3166 alpha-2, upper case; YAML reads a bare NO
        unknown group          | D1: [CN] | F1: [CN] | country_groups.groups.F1: unknown Country Group
        unknown group member   | D1: [CN] | D1: [CN, ZZ] | country_groups.groups.D1: 'ZZ' is not a country code
        member twice           | D1: [CN] | D1: [CN, CN] | country_groups.groups.D1: CN is listed twice
        bad confidence         | CA: {name: "Canada", x: [], confidence: high} | CA: {name: "Canada", x: [], confidence: sure} | country_chart.rows.CA.confidence: 'sure' is not one of
        missing footnote       | footnotes: [1] | footnotes: [7] | country_chart.rows.CN.footnotes: no footnote 7
        row and not in chart   | HK: {name: "Hong Kong", governed_by: CN, why: "the China row", confidence: medium} | CA: {name: "Canada", why: "twice", confidence: low} | country_chart.not_in_chart.CA: has a row
        governed by no row     | governed_by: CN | governed_by: TW | country_chart.not_in_chart.HK.governed_by: TW has no row
        see without part 746   | CU: {section: "15 CFR 746.2", ccl: licence, ear99: licence, why: "embargo"} | IR: {section: "15 CFR 746.7", ccl: licence, ear99: review, why: "x"} | country_chart.rows.CU.see
        bad part 746 need      | ear99: licence, why | ear99: allow, why | part_746.destinations.CU.ear99: 'allow' is not one of licence, review
        bad date               | as_of: 2026-07-23 | as_of: 2026-02-30 | country_chart.as_of
        bad earlier column     | CA: {name: "Canada", x: [], confidence: high} | CA: {name: "Canada", x: [], confidence: high, earlier: [{until: 2020-01-01, x: [XX9], citation: "c", confidence: low}]} | country_chart.rows.CA.earlier[0].x: unknown column
        """)
    void refusesWithTheField(String what, String line, String replacement, String message) {
        assertThat(SMALL).contains(line);
        assertThatThrownBy(() -> read(SMALL.replace(line, replacement)))
                .isInstanceOf(ProgramFileException.class)
                .hasMessageContaining("test.yaml, field " + message);
    }

    @Test
    void aRepeatedRowIsAnErrorNotAnOverwrite() {
        String twice = SMALL.replace("    CA: {name: \"Canada\", x: [], confidence: high}\n",
                "    CA: {name: \"Canada\", x: [], confidence: high}\n    CA: {name: \"Canada\", x: [NS1], confidence: high}\n");
        assertThatThrownBy(() -> read(twice)).isInstanceOf(ProgramFileException.class).hasMessageContaining("CA");
    }

    // The bundled data.

    @Test
    void everyCountryCordonKnowsHasARowOrIsListedAsNotInTheChart() {
        Set<String> known = new TreeSet<>(List.of(Locale.getISOCountries()));
        known.add("XK");
        List<String> neither = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (String code : known) {
            assertThat(Country.of(code).isKnown()).as(code).isTrue();
            boolean row = DATA.row(code).isPresent();
            boolean absent = DATA.notInChart(code).isPresent();
            if (!row && !absent) {
                neither.add(code);
            }
            if (row && absent) {
                both.add(code);
            }
        }
        assertThat(neither).as("codes with neither a row nor a not_in_chart entry").isEmpty();
        assertThat(both).isEmpty();
        Set<String> listed = new TreeSet<>(DATA.rowCodes());
        listed.addAll(DATA.notInChartCodes());
        assertThat(listed).isEqualTo(known);
    }

    @Test
    void theChartHasEveryRowOfTheEditionRead() {
        assertThat(DATA.columns()).containsExactly("CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1", "RS1", "RS2",
                "FC1", "CC1", "CC2", "CC3", "AT1", "AT2");
        long graded = DATA.rowCodes().stream().filter(c -> DATA.row(c).orElseThrow().see().isEmpty()).count();
        assertThat(graded).as("rows with columns (196 in the edition read)").isEqualTo(196);
        assertThat(DATA.rowCodes()).hasSize(200).contains("CU", "IR", "KP", "SY");
        assertThat(DATA.chartAsOf()).isEqualTo(LocalDate.of(2026, 7, 23));
        assertThat(DATA.chartRow("CA").orElseThrow()).containsExactly("CB1", "FC1");
        assertThat(DATA.chartRow("GB").orElseThrow()).containsExactly("CB1");
        assertThat(DATA.chartRow("DE").orElseThrow()).containsExactly("CB1", "NS1", "MT1", "RS1");
        assertThat(DATA.chartRow("IN").orElseThrow()).containsExactly("CB1", "NP1", "NS1", "MT1", "RS1");
        assertThat(DATA.chartRow("CN").orElseThrow()).contains("NS1", "NS2", "MT1", "NP1").doesNotContain("AT1");
        assertThat(DATA.row("IR").orElseThrow().x()).isEmpty();
        assertThat(DATA.row("IR").orElseThrow().see()).contains("746");
        assertThat(DATA.governingRow("HK").orElseThrow().code()).isEqualTo("CN");
        assertThat(DATA.notInChart("PR").orElseThrow().unitedStates()).isTrue();
        assertThat(DATA.notInChart("BM").orElseThrow().parent()).contains("GB");
        for (String c : DATA.rowCodes()) {
            assertThat(DATA.row(c).orElseThrow().x()).as(c + ": no AT X in this edition").doesNotContain("AT1", "AT2");
        }
    }

    /** Two tables read separately agree: CB3 is marked for the D:3 members, NP2 for the D:2 members (as noted). */
    @Test
    void theChartAgreesWithTheCountryGroups() {
        for (String c : DATA.rowCodes()) {
            var row = DATA.row(c).orElseThrow();
            if (!row.see().isEmpty()) {
                continue;
            }
            boolean d3 = DATA.group("D3").contains(c) || c.equals("AE");
            assertThat(row.x().contains("CB3")).as(c + " CB3 against D:3").isEqualTo(d3);
            boolean d2 = DATA.group("D2").contains(c) || c.equals("CN") || c.equals("MO");
            assertThat(row.x().contains("NP2")).as(c + " NP2 against D:2").isEqualTo(d2);
        }
    }

    @Test
    void groupMembership() {
        assertThat(DATA.groupsOf("CN")).containsExactly("D1", "D3", "D4", "D5");
        assertThat(DATA.groupsOf("MO")).containsExactly("D1", "D3", "D4");
        assertThat(DATA.groupsOf("CA")).containsExactly("A1", "A2", "A3", "A4", "A5", "B");
        assertThat(DATA.groupsOf("HK")).isEmpty();
        assertThat(DATA.group("E1")).containsExactlyInAnyOrder("IR", "KP", "SY");
        assertThat(DATA.group("E2")).containsExactly("CU");
        assertThat(DATA.group("A4")).doesNotContain("CN", "IN");
        for (String g : ExportControlData.GROUP_NAMES) {
            assertThat(DATA.group(g)).as(g).isNotEmpty();
        }
    }

    @Test
    void theEmbargoedRowsAndRussiaAreUnderPart746() {
        for (String c : List.of("CU", "IR", "KP", "SY", "RU", "BY")) {
            assertThat(DATA.part746(c)).as(c).isPresent();
        }
        assertThat(DATA.part746("CU").orElseThrow().need("EAR99")).isEqualTo("licence");
        assertThat(DATA.part746("IR").orElseThrow().need("3E991")).isEqualTo("licence");
        assertThat(DATA.part746("RU").orElseThrow().need("3E991")).isEqualTo("review");
        assertThat(DATA.regions("UA")).hasSize(3);
        assertThat(DATA.part746("VE")).isEmpty();
    }

    @Test
    void theDeemedExportProgramCitesTheEditionOfTheChart() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/cordon/policy/programs/ear-deemed-exports.yaml")) {
            String program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(program).contains("Country Chart as of " + DATA.chartAsOf())
                    .doesNotContain("China row: medium confidence");
        }
    }

    @Test
    void rowsAreReadAsTheyStoodOnTheDay() {
        assertThat(DATA.governingRow("GB", LocalDate.of(2024, 4, 18)).orElseThrow().x()).contains("NS1", "MT1", "RS1");
        assertThat(DATA.governingRow("GB", LocalDate.of(2024, 4, 19)).orElseThrow().x()).containsExactly("CB1");
        assertThat(DATA.governingRow("DE", LocalDate.of(2010, 1, 1)).orElseThrow().x()).contains("NS1");
        assertThat(DATA.governingRow("CN", LocalDate.of(2023, 8, 10)).orElseThrow().x()).doesNotContain("NP2");
        assertThat(DATA.governingRow("CN", LocalDate.of(2023, 8, 11)).orElseThrow().x()).contains("NP2");
        assertThat(DATA.governingRow("HK", LocalDate.of(2020, 12, 22))).as("Hong Kong's own row is not held").isEmpty();
        assertThat(DATA.governingRow("HK", LocalDate.of(2020, 12, 23)).orElseThrow().code()).isEqualTo("CN");
        assertThat(DATA.part746("RU", LocalDate.of(2022, 2, 23))).isEmpty();
        assertThat(DATA.part746("RU", LocalDate.of(2022, 2, 24))).isPresent();
        assertThat(DATA.part746("CU", LocalDate.of(1999, 1, 1))).isPresent();
    }
}
