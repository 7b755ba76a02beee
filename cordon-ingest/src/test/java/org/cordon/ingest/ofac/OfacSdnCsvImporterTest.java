package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.ingest.ofac.OfacFixtures.party;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacSdnCsvImporterTest {

    private static final Path FIXTURE = OfacFixtures.path("ofac-sdn");
    private static ImportResult result;

    @BeforeAll
    static void importFixture() throws ImportException {
        result = new OfacSdnCsvImporter().read(FIXTURE, ImportOptions.strict());
    }

    @Test
    void readsEveryEntryAndNotTheEndOfFileMark() {
        assertThat(new OfacSdnCsvImporter().format()).isEqualTo(ListFormat.OFAC_SDN);
        assertThat(result.listId()).isEqualTo("ofac-sdn");
        assertThat(result.parties()).extracting(Party::sourceId)
                .containsExactly("306", "7000", "8000", "4243", "9100", "9200");
        assertThat(result.skipped()).isEmpty();
        assertThat(result.publishedOn()).isEmpty();
        assertThat(result.sourceFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    }

    @Test
    void joinsStrongAliasesAndAddressesAndReadsWeakAliasesFromRemarks() {
        Party bank = party(result, "306");
        assertThat(bank.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(bank.names()).containsExactly(Name.primary("BANCO NACIONAL DE CUBA"),
                Name.of("NATIONAL BANK OF CUBA", NameKind.AKA), Name.of("BNC", NameKind.WEAK_AKA));
        assertThat(bank.addresses()).containsExactly(
                new Address("Zweierstrasse 35", "Zurich CH-8022", "", "", Optional.of(Country.of("Switzerland"))));
        assertThat(bank.designations()).containsExactly(
                Designation.builder("ofac-sdn", "CUBA").sourceRecord("306").build());
        assertThat(bank.remarks()).isEqualTo("a.k.a. 'BNC'.");
    }

    @Test
    void readsAPersonFromTheRemarks() {
        Party person = party(result, "7000");
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.primaryName().value()).isEqualTo("AL-HAKIM, Ahmad");
        assertThat(person.names()).contains(Name.of("ABU 'ALI", NameKind.WEAK_AKA));
        assertThat(person.dates()).containsExactly(
                PartyDate.of(DateKind.BIRTH, new PartialDate(1970, 1, 1, false), "01 Jan 1970"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1955, 0, 0, true), "circa 1955"));
        assertThat(person.nationalities()).extracting(Country::code).containsExactly("IR");
        assertThat(person.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "A1234567", Optional.of(Country.of("Iran"))));
        assertThat(person.addresses()).extracting(Address::oneLine).containsExactly("Tehran, Iran");
        // Two programs in one field; the title goes into each designation's note.
        assertThat(person.designations()).extracting(Designation::program).containsExactly("SDGT", "IRGC");
        assertThat(person.designations()).extracting(Designation::note).containsOnly("Commander of the Quds Force");
        assertThat(person.designations()).extracting(Designation::authority).containsOnly("");
    }

    @Test
    void joinsTheRemarksContinuationThatStartsMidWord() {
        Party company = party(result, "8000");
        assertThat(company.remarks()).hasSizeGreaterThan(LegacyCsvList.REMARKS_FIELD_LIMIT)
                .endsWith("Legal Entity Number 253400JT3MQWNDKMJE44; Organization Established Date 14 Feb 2000.");
        assertThat(company.dates()).containsExactly(
                PartyDate.of(DateKind.INCORPORATION, new PartialDate(2000, 2, 14, false), "14 Feb 2000"));
        assertThat(company.identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.WEBSITE,
                IdentifierType.REGISTRATION_NUMBER, IdentifierType.TAX_ID, IdentifierType.LEI);
        assertThat(company.names()).extracting(Name::value, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EXAMPLE TRADING CO., LTD.", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("EXAMPLE TRADING LLC", NameKind.FKA),
                org.assertj.core.groups.Tuple.tuple("EXTRACO", NameKind.AKA));
        assertThat(company.addresses()).extracting(Address::oneLine)
                .containsExactly("Office 5, Tower 2, Dubai, United Arab Emirates");
    }

    @Test
    void resolvesLinksToEntriesOfTheSameList() {
        Party person = party(result, "7000");
        Party company = party(result, "8000");
        // "Linked To: EXAMPLE TRADING CO., LTD." ends the remarks: its period doubles as the end mark.
        assertThat(person.relationships()).containsExactly(
                Relationship.of(RelationKind.LINKED_TO, "EXAMPLE TRADING CO., LTD.").withTargetId("ofac-sdn/8000"));
        assertThat(company.relationships()).containsExactly(
                Relationship.of(RelationKind.LINKED_TO, "AL-HAKIM, Ahmad").withTargetId("ofac-sdn/7000"));
    }

    @Test
    void readsAVessel() {
        Party vessel = party(result, "4243");
        assertThat(vessel.type()).isEqualTo(PartyType.VESSEL);
        assertThat(vessel.identifiers()).containsExactlyInAnyOrder(
                new Identifier(IdentifierType.IMO, "Vessel Registration Identification", "7406784", Optional.empty()),
                new Identifier(IdentifierType.MMSI, "MMSI", "352001234", Optional.empty()),
                new Identifier(IdentifierType.CALL_SIGN, "Call Sign", "CL2192", Optional.empty()));
        assertThat(vessel.nationalities()).extracting(Country::code).containsExactly("PA");
        assertThat(vessel.names()).contains(Name.of("ANA I", NameKind.WEAK_AKA));
        assertThat(vessel.relationships()).containsExactlyInAnyOrder(
                Relationship.of(RelationKind.LINKED_TO, "BANCO NACIONAL DE CUBA").withTargetId("ofac-sdn/306"),
                Relationship.of(RelationKind.OWNED_BY, "Samir de Navegacion S.A."));
    }

    @Test
    void keepsASemicolonInsideAQuotedAlias() {
        Party group = party(result, "9100");
        assertThat(group.names()).contains(Name.of("THE ONE; THE OTHER", NameKind.WEAK_AKA));
        assertThat(group.identifiers()).containsExactly(new Identifier(IdentifierType.REGISTRATION_NUMBER,
                "Registration ID", "0505535000804", Optional.of(Country.of("Thailand"))));
    }

    @Test
    void anAddressRowWithNoPartsIsNoAddress() {
        assertThat(party(result, "9200").addresses()).isEmpty();
        assertThat(party(result, "9200").remarks()).isEmpty();
    }

    @Test
    void aliasAndAddressRowsOfUnknownEntriesAreLeftOutAndCounted() throws ImportException {
        LegacyCsvList.Outcome outcome = new LegacyCsvList(LegacyCsvFiles.SDN, ListFormat.OFAC_SDN)
                .readWithStatistics(FIXTURE, ImportOptions.strict());
        assertThat(outcome.unjoinedRows()).isEqualTo(2);
        assertThat(outcome.result().parties()).flatExtracting(Party::names).extracting(Name::value)
                .doesNotContain("NOBODY");
    }

    @Test
    void aCommentForRemarksThatAreWholeIsNotGraftedOn(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURE.resolve("sdn.csv"), dir.resolve("sdn.csv"));
        // Files of another release: a continuation for an entry whose remarks here are short and complete.
        Files.writeString(dir.resolve("sdn_comments.csv"), "306,\"NEWER TEXT; a.k.a. 'OTHER'.\"\r\n\u001A");
        LegacyCsvList.Outcome outcome = new LegacyCsvList(LegacyCsvFiles.SDN, ListFormat.OFAC_SDN)
                .readWithStatistics(dir, ImportOptions.strict());
        assertThat(party(outcome.result(), "306").remarks()).isEqualTo("a.k.a. 'BNC'.");
        assertThat(party(outcome.result(), "306").names()).extracting(Name::value).doesNotContain("OTHER");
        assertThat(outcome.unjoinedRows()).isEqualTo(1);
    }

    @Test
    void readsWithoutTheOptionalFilesAndFromTheSdnFileItself(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURE.resolve("sdn.csv"), dir.resolve("SDN.CSV"));
        ImportResult onlySdn = new OfacSdnCsvImporter().read(dir, ImportOptions.strict().withListId("sdn-test"));
        assertThat(onlySdn.listId()).isEqualTo("sdn-test");
        assertThat(onlySdn.parties()).hasSize(6).allMatch(p -> p.listId().equals("sdn-test"));
        assertThat(party(onlySdn, "306").names()).extracting(Name::value).containsExactly("BANCO NACIONAL DE CUBA", "BNC");
        // Without its continuation the cut remarks give no establishment date and no half-read last segment.
        assertThat(party(onlySdn, "8000").dates()).isEmpty();

        ImportResult viaFile = new OfacSdnCsvImporter().read(FIXTURE.resolve("sdn.csv"), ImportOptions.strict());
        assertThat(viaFile.parties()).isEqualTo(result.parties());
    }
}
