package org.cordon.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cordon.ingest.CutFiles;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmImporterTest {

    private static final String FIXTURE = "/fixtures/ftm/entities.ftm.json";
    private final FtmImporter importer = new FtmImporter();

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path p = dir.resolve("entities.ftm.json");
        Files.write(p, CutFiles.resource(FIXTURE));
        return p;
    }

    private static Party byId(ImportResult r, String id) {
        return r.parties().stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsThePartySchemataInFileOrder() throws Exception {
        ImportResult r = importer.read(fixture(), ImportOptions.strict());

        assertThat(r.listId()).isEqualTo("ftm");
        assertThat(r.parties()).extracting(Party::sourceId, Party::type).containsExactly(
                tuple("NK-sample-bank", PartyType.ORGANIZATION), tuple("NK-sample-person", PartyType.PERSON),
                tuple("NK-sample-holding", PartyType.ORGANIZATION), tuple("NK-sample-vessel", PartyType.VESSEL),
                tuple("NK-sample-plane", PartyType.AIRCRAFT), tuple("NK-sample-agency", PartyType.ORGANIZATION));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.notices()).containsExactly("entities of other schemata skipped: {Position=1}");
    }

    @Test
    void mapsACompanyWithItsNamesIdentifiersAddressSanctionAndOwner() throws Exception {
        Party bank = byId(importer.read(fixture(), ImportOptions.strict()), "NK-sample-bank");

        assertThat(bank.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Sample Bank PJSC", NameKind.PRIMARY), tuple("SAMPLEBANK", NameKind.AKA),
                tuple("Sample Commercial Bank", NameKind.FKA), tuple("SB", NameKind.WEAK_AKA));
        assertThat(bank.nationalities()).containsExactly(Country.of("RU"));
        assertThat(bank.identifiers()).extracting(Identifier::type, Identifier::label, Identifier::value)
                .containsExactly(tuple(IdentifierType.LEI, "LEI", "253400SAMPLE0000001"),
                        tuple(IdentifierType.TAX_ID, "INN", "7700000001"),
                        tuple(IdentifierType.REGISTRATION_NUMBER, "OGRN", "1027700000002"),
                        tuple(IdentifierType.REGISTRATION_NUMBER, "Registration number", "1027700000001"),
                        tuple(IdentifierType.TAX_ID, "Tax number", "TAX-77"),
                        tuple(IdentifierType.SWIFT_BIC, "SWIFT/BIC", "SAMPRUMM"));
        // the Address entity stands for the full text of the same address
        assertThat(bank.addresses()).containsExactly(new Address("Ulitsa Primernaya 1", "Moscow", "", "101000",
                Optional.of(Country.of("RU"))));
        assertThat(bank.dates()).extracting(d -> d.kind(), d -> d.from().toString())
                .containsExactly(tuple(DateKind.INCORPORATION, "1994-05"));
        assertThat(bank.designations()).containsExactly(Designation.builder("ftm", "RUSSIA-EO14024")
                .authority("Office of Foreign Assets Control").listedOn(LocalDate.of(2022, 2, 24))
                .sourceRecord("12345").note("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=12345").build());
        assertThat(bank.relationships()).containsExactly(new Relationship(RelationKind.OWNED_BY, "Sample Holding Ltd",
                        "ftm/NK-sample-holding", Optional.of(51.0), org.cordon.model.Confidence.HIGH)
                        .during(LocalDate.of(2019, 1, 1), null),
                new Relationship(RelationKind.LINKED_TO, "Ivan Ivanovich SAMPLEV", "ftm/NK-sample-person",
                        Optional.empty(), org.cordon.model.Confidence.HIGH));
        assertThat(bank.remarks()).isEqualTo("Topics: sanction, fin.bank");
    }

    @Test
    void mapsAPersonWithOriginalScriptNationalitiesAndDocuments() throws Exception {
        Party p = byId(importer.read(fixture(), ImportOptions.strict()), "NK-sample-person");

        assertThat(p.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Ivan Ivanovich SAMPLEV", NameKind.PRIMARY),
                tuple("Иван Иванович Самплев", NameKind.ORIGINAL_SCRIPT), tuple("Ivan Samplev", NameKind.AKA));
        assertThat(p.nationalities()).extracting(Country::code).containsExactly("RU", "CY");
        assertThat(p.dates()).extracting(d -> d.from().toString()).containsExactly("1961-07-02");
        assertThat(p.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).containsExactly(
                tuple(IdentifierType.NATIONAL_ID, "ID-42", Optional.empty()),
                tuple(IdentifierType.PASSPORT, "7100000001", Optional.empty()),
                tuple(IdentifierType.PASSPORT, "C0000002", Optional.of(Country.of("CY"))));
        assertThat(p.addresses()).containsExactly(new Address("Limassol, Cyprus", "", "", "", Optional.empty()));
        Designation eu = p.designations().get(0);
        assertThat(eu.program()).isEqualTo("RUS");
        assertThat(eu.liftedOn()).contains(LocalDate.of(2099, 9, 15));
        assertThat(p.remarks()).isEqualTo("Chair of the board of Sample Bank PJSC.");
        // the person's ownership of the holding ended on 30 June 2018: the tie keeps its dates
        Relationship held = byId(importer.read(fixture(), ImportOptions.strict()), "NK-sample-holding")
                .relationships().get(0);
        assertThat(held.share()).contains(100.0);
        assertThat(held.since()).contains(LocalDate.of(2015, 1, 1));
        assertThat(held.until()).contains(LocalDate.of(2018, 6, 30));
        assertThat(held.inForceOn(LocalDate.of(2017, 1, 1))).isTrue();
        assertThat(held.inForceOn(LocalDate.of(2019, 1, 1))).isFalse();
    }

    @Test
    void mapsVesselAndAircraftIdentifiers() throws Exception {
        ImportResult r = importer.read(fixture(), ImportOptions.strict());
        Party vessel = byId(r, "NK-sample-vessel");
        Party plane = byId(r, "NK-sample-plane");

        assertThat(vessel.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.IMO, "IMO 9000001"), tuple(IdentifierType.MMSI, "273000001"),
                tuple(IdentifierType.CALL_SIGN, "UBXX1"));
        assertThat(vessel.nationalities()).containsExactly(Country.of("RU"));
        assertThat(vessel.relationships()).extracting(Relationship::kind, Relationship::targetId)
                .containsExactly(tuple(RelationKind.LINKED_TO, "ftm/NK-sample-bank"));
        assertThat(plane.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.AIRCRAFT_TAIL, "RA-64000"), tuple(IdentifierType.AIRCRAFT_SERIAL, "1450000000001"));
    }

    @Test
    void reportsBadEntitiesWithLineAndField() throws Exception {
        Path file = dir.resolve("bad.ftm.json");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Good Co\"]}}",
                "{\"schema\": \"Company\", \"properties\": {\"name\": [\"No Id Co\"]}}",
                "{\"id\": \"c\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"], \"birthDate\": [\"31 Foo 1990\"]}}",
                "{\"id\": \"d\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"], \"asset\": [\"c\"], \"percentage\": [\"most\"]}}",
                "not json at all",
                "{\"id\": \"f\", \"schema\": \"Company\", \"properties\": {\"alias\": [\"Nameless\"]}}",
                "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Twice\"]}}",
                "{\"id\": \"h\", \"schema\": \"Company\", \"properties\": {\"name\": \"One\", \"country\": {\"x\": 1}}}",
                ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "bad.ftm.json:2: field 'id': the entity has no id",
                                "bad.ftm.json:3: field 'properties.birthDate': not a date: '31 Foo 1990'",
                                "bad.ftm.json:4: field 'properties.percentage': not a percentage: 'most'",
                                "bad.ftm.json:5: not a JSON object: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                                "bad.ftm.json:6: field 'properties.name': the entity has no name",
                                "bad.ftm.json:7: field 'id': the id 'a' is used by an earlier entity (line 1)",
                                "bad.ftm.json:8: field 'properties.country': not a list of values"));

        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("a");
        assertThat(lenient.skipped()).hasSize(7);
    }

    @Test
    void refusesALastLineCutShortInEitherMode() throws Exception {
        byte[] whole = CutFiles.resource(FIXTURE);
        Path file = dir.resolve("cut.ftm.json");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));

        for (ImportOptions mode : new ImportOptions[] {ImportOptions.strict(), ImportOptions.lenient()}) {
            assertThatThrownBy(() -> importer.read(file, mode))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().get(0).toString())
                            .startsWith("cut.ftm.json:15: the last line is not a whole JSON object (truncated file?)"));
        }
    }

    @Test
    void refusesAnEmptyFileAndAFileOfOtherEntities() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> importer.read(empty, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.json: no entries read");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"id\": \"x\", \"schema\": \"Position\", \"properties\": {\"name\": [\"Minister\"]}}\n");
        assertThatThrownBy(() -> importer.read(other, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("no Person, Company");
    }

    /** Every cut of a small fixture: each cut is a whole import, in both modes. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aCutFileIsReadOrRefused(@ForAll @IntRange(min = 0, max = 1526) int cut) throws Exception {
        byte[] whole = CutFiles.resource("/fixtures/ftm/small.ftm.json");
        CutFiles.readOrRefuse(importer, whole, "small.ftm.json", Math.min(cut, whole.length));
    }
}
