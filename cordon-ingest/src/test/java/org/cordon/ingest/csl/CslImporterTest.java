package org.cordon.ingest.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslImporterTest {

    private final CslImporter importer = new CslImporter();

    @TempDir
    Path dir;

    @Test
    void readsEveryCsvRowOnceAndSkipsTheRepeatedHeader() throws Exception {
        ImportResult result = importer.read(fixture("consolidated.csv"), ImportOptions.strict());

        assertThat(result.listId()).isEqualTo("csl");
        assertThat(result.parties()).extracting(Party::sourceId).containsExactly("30882",
                "75e9be6aa2434904b08d420ecf2af609", "11476", "b601cbf2841d0aaedfe63661581ffbc3", "7390",
                "17014-SSI", "17014-NS-MBS-List");
        assertThat(result.skipped()).isEmpty();
        assertThat(result.publishedOn()).isEmpty();
    }

    @Test
    void mapsACmicEntryWithItsUsccAndKeepsListingFactsInTheNote() throws Exception {
        Party p = byId(importer.read(fixture("consolidated.csv"), ImportOptions.strict()), "30882");

        assertThat(p.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(p.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("China Telecom Corporation Limited", NameKind.PRIMARY),
                tuple("CHINA TELECOM", NameKind.AKA), tuple("CHINA TELECOM CO., LTD", NameKind.AKA));
        assertThat(p.identifiers()).contains(
                new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "Unified Social Credit Code (USCC)",
                        "9111000071093019X7", Optional.of(Country.of("CN"))),
                new Identifier(IdentifierType.ISIN, "ISIN", "US1694261033", Optional.empty()),
                new Identifier(IdentifierType.OTHER, "Equity Ticker", "0728 HK", Optional.empty()));
        assertThat(p.identifiers()).extracting(Identifier::label).doesNotContain("Listing Date (CMIC)", "Target Type");
        assertThat(p.addresses()).containsExactly(new Address("31 Jinrong Street, Xicheng District", "Beijing", "",
                "100033", Optional.of(Country.of("CN"))));
        Designation d = p.designations().get(0);
        assertThat(d.program()).isEqualTo("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department");
        assertThat(d.sourceRecord()).isEqualTo("30882");
        assertThat(d.note()).isEqualTo("Programs: CMIC-EO13959; Target Type: Public Company;"
                + " Listing Date (CMIC): 2021-06-03; Effective Date (CMIC): 2021-08-02");
    }

    @Test
    void mapsAnEntityListRowWithLicenceTermsAndLineBreaksInsideFields() throws Exception {
        Party p = byId(importer.read(fixture("consolidated.csv"), ImportOptions.strict()),
                "75e9be6aa2434904b08d420ecf2af609");

        assertThat(p.type()).isEqualTo(PartyType.UNKNOWN);
        assertThat(p.primaryName().value()).isEqualTo("Shanghai Example Microelectronics Co., Ltd.");
        assertThat(p.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("Room 717, Building 41, No.8633 Zhongchun Road, Minhang District");
            assertThat(a.city()).isEqualTo("Shanghai");
            assertThat(a.country()).contains(Country.of("CN"));
        });
        Designation d = p.designations().get(0);
        assertThat(d.program()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(d.authority()).isEqualTo("88 FR 71991");
        assertThat(d.listedOn()).contains(LocalDate.of(2023, 10, 19));
        assertThat(d.licenceRequirement()).isEqualTo("For all items subject to the EAR. (See §744.11 of the EAR)");
        assertThat(d.licencePolicy()).isEqualTo("Presumption of denial.");
    }

    @Test
    void mapsAnIndividualWithMultiValuedFields() throws Exception {
        Party p = byId(importer.read(fixture("consolidated.csv"), ImportOptions.strict()), "11476");

        assertThat(p.type()).isEqualTo(PartyType.PERSON);
        assertThat(p.names()).extracting(Name::value)
                .containsExactly("EXAMPLE, Person One", "EXAMPLE, Person 1", "EXAMPLE, P.");
        assertThat(p.nationalities()).extracting(Country::code).containsExactly("IR", "IQ");
        assertThat(p.dates()).extracting(d -> d.kind() + " " + d.from()).containsExactly("BIRTH ~1960", "BIRTH 1962-03-04");
        assertThat(p.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "Passport", "D9001234",
                Optional.of(Country.of("IR"))));
        assertThat(p.remarks()).isEqualTo("Linked To: EXAMPLE TRADING LLC.\nTitle: Commander\nPlace of birth: Tehran, Iran");
        assertThat(p.designations().get(0).note()).isEqualTo("Programs: SDGT, IRGC; Gender: Male; Secondary sanctions"
                + " risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886");
    }

    @Test
    void takesEndDateAsTheExpiryOfADenial() throws Exception {
        Party p = byId(importer.read(fixture("consolidated.csv"), ImportOptions.strict()),
                "b601cbf2841d0aaedfe63661581ffbc3");

        Designation d = p.designations().get(0);
        assertThat(d.expiresOn()).contains(LocalDate.of(2056, 6, 29));
        assertThat(d.liftedOn()).isEmpty();
        assertThat(d.note()).isEqualTo("Standard order: Y");
        assertThat(p.addresses()).containsExactly(new Address("605 TRAIL LAKE DRIVE", "RICHARDSON", "TX", "75081",
                Optional.of(Country.of("US"))));
    }

    @Test
    void mapsAVesselWithCallSignImoFlagAndOwner() throws Exception {
        Party p = byId(importer.read(fixture("consolidated.csv"), ImportOptions.strict()), "7390");

        assertThat(p.type()).isEqualTo(PartyType.VESSEL);
        assertThat(p.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.CALL_SIGN, "9HXX9"), tuple(IdentifierType.IMO, "IMO 9187629"),
                tuple(IdentifierType.MMSI, "215123000"));
        assertThat(p.nationalities()).extracting(Country::code).containsExactly("MT");
        assertThat(p.relationships()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.OWNED_BY);
            assertThat(r.targetName()).isEqualTo("Example Shipping Company Ltd");
        });
        assertThat(p.remarks()).isEqualTo("Vessel type: Crude Oil Tanker\nGross tonnage: 81479");
    }

    @Test
    void readsTheJsonFormIntoTheSameParties() throws Exception {
        ImportResult json = importer.read(fixture("consolidated.json"), ImportOptions.strict());
        ImportResult csv = importer.read(fixture("consolidated.csv"), ImportOptions.strict());

        assertThat(json.parties()).extracting(Party::sourceId)
                .containsExactly("30882", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "11476");
        Party telecom = byId(json, "30882");
        assertThat(telecom.names()).isEqualTo(byId(csv, "30882").names());
        assertThat(telecom.addresses()).isEqualTo(byId(csv, "30882").addresses());
        assertThat(telecom.identifiers()).extracting(Identifier::type)
                .containsExactly(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, IdentifierType.ISIN);
        assertThat(telecom.designations().get(0).note()).isEqualTo("Programs: CMIC-EO13959; Listing Date (CMIC): 2021-06-03");

        Party person = byId(json, "11476");
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.dates()).extracting(d -> d.from()).containsExactly(new PartialDate(1960, 0, 0, true),
                new PartialDate(1962, 3, 4, false));
        assertThat(person.addresses()).containsExactly(new Address("", "Tehran", "", "", Optional.of(Country.of("IR"))));
        assertThat(person.designations().get(0).note()).isEqualTo("Programs: SDGT, IRGC");

        Party el = byId(json, "a1b2c3d4e5f60718293a4b5c6d7e8f90");
        assertThat(el.type()).isEqualTo(PartyType.UNKNOWN);
        assertThat(el.names()).hasSize(1);
        assertThat(el.designations().get(0).listedOn()).contains(LocalDate.of(2011, 11, 21));
        assertThat(el.designations().get(0).licencePolicy()).isEqualTo("Presumption of denial.");
    }

    @Test
    void aMalformedDateFailsStrictAndIsSkippedAndReportedWhenLenient() throws Exception {
        Path file = copyFixture("consolidated.csv", "bad-date.csv", "\"2023-10-19\"", "\"2023-19-10\"");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).containsExactly(
                        new ImportProblem("bad-date.csv", 4, "start_date", "not a valid date: '2023-19-10'")));

        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).hasSize(6).extracting(Party::sourceId)
                .doesNotContain("75e9be6aa2434904b08d420ecf2af609");
        assertThat(lenient.skipped()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(4L, "start_date"));
    }

    @Test
    void anUnreadableDateOfBirthIsAMalformedField() throws Exception {
        Path file = copyFixture("consolidated.csv", "bad-birth.csv", "circa 1960; 04 Mar 1962", "sometime in the sixties");

        ImportResult lenient = importer.read(file, ImportOptions.lenient());

        assertThat(lenient.skipped()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(7L, "dates_of_birth"));
    }

    @Test
    void aRowWithMissingFieldsNamesTheFirstMissingColumn() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, String.join(",", CslEntry.COLUMNS) + "\n\"1\",\"Entity List (EL)\",\"\",\"\",\"\",\"ACME\"\n");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("short.csv:2: field 'title': expected 29 fields, found 6");
    }

    @Test
    void refusesTheDeniedPersonsFileAsTheWrongFormat() throws Exception {
        assertThatThrownBy(() -> importer.read(Path.of(getClass().getResource("/fixtures/dpl/dpl.txt").toURI()),
                ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("dpl.txt:1")
                .hasMessageContaining("not a Consolidated Screening List CSV file");
    }

    @Test
    void refusesEmptyAndHeaderOnlyFiles() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "  \n\n");
        Path headerOnly = dir.resolve("header.csv");
        Files.writeString(headerOnly, String.join(",", CslEntry.COLUMNS) + "\n" + String.join(",", CslEntry.COLUMNS) + "\n");

        assertThatThrownBy(() -> importer.read(empty, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.csv: the file is empty");
        assertThatThrownBy(() -> importer.read(headerOnly, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("header.csv: no entries read");
    }

    @Test
    void aJsonFileWithFewerResultsThanItsTotalIsTruncated() throws Exception {
        Path file = copyFixture("consolidated.json", "short-total.json", "\"total\": 3", "\"total\": 4");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("total of 4 entries but has 3");
    }

    @Test
    void aJsonFileCutOffInTheMiddleFailsWithItsLine() throws Exception {
        String json = Files.readString(fixture("consolidated.json"), StandardCharsets.UTF_8);
        Path file = dir.resolve("cut.json");
        Files.writeString(file, json.substring(0, json.indexOf("\"Abdul Satar Ghoura\"")));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportProblem p = ((ImportException) e).problems().get(0);
                    assertThat(p.file()).isEqualTo("cut.json");
                    assertThat(p.line()).isGreaterThan(40);
                    assertThat(p.message()).contains("truncated");
                });
    }

    @Test
    void refusesJsonThatIsNotTheCsl() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"sdnList\": [{\"uid\": 1}]}");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no \"results\" array");
    }

    @Test
    void aJsonResultWithoutANameIsReportedWithItsPath() throws Exception {
        Path file = copyFixture("consolidated.json", "no-name.json", "\"name\": \"Abdul Satar Ghoura\"", "\"name\": null");

        ImportResult lenient = importer.read(file, ImportOptions.lenient());

        assertThat(lenient.parties()).hasSize(2);
        assertThat(lenient.skipped()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("results[1].name");
            assertThat(p.line()).isEqualTo(40);
        });
    }

    @Test
    void takesTheShortNameOfTheSubList() {
        assertThat(CslImporter.shortName("Sectoral Sanctions Identifications List (SSI) - Treasury Department"))
                .isEqualTo("SSI");
        assertThat(CslImporter.shortName("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"))
                .isEqualTo("NS-MBS-List");
        assertThat(CslImporter.shortName("")).isEmpty();
    }

    static Party byId(ImportResult result, String sourceId) {
        return result.parties().stream().filter(p -> p.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    private Path fixture(String name) throws URISyntaxException {
        return Path.of(getClass().getResource("/fixtures/csl/" + name).toURI());
    }

    private Path copyFixture(String name, String as, String find, String replace) throws Exception {
        String text = Files.readString(fixture(name), StandardCharsets.UTF_8);
        assertThat(text).contains(find);
        Path file = dir.resolve(as);
        Files.writeString(file, text.replace(find, replace), StandardCharsets.UTF_8);
        return file;
    }
}
