package org.cordon.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.ingest.CutFiles;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.un.UnConsolidatedImporter;
import org.cordon.model.Address;
import org.cordon.model.Confidence;
import org.cordon.model.Country;
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

/** Export then import gives the same parties. */
class FtmRoundTripTest {

    @TempDir
    Path dir;

    private List<Party> roundTrip(String listId, List<Party> parties) throws Exception {
        StringWriter out = new StringWriter();
        new FtmExporter(listId).write(parties, out);
        Path file = dir.resolve("export-" + listId + ".ftm.json");
        Files.writeString(file, out.toString());
        ImportResult back = new FtmImporter().read(file, ImportOptions.strict().withListId(listId));
        assertThat(back.skipped()).isEmpty();
        return back.parties();
    }

    @Test
    void handWrittenPartiesComeBackTheSame() throws Exception {
        Party owner = Party.builder("x", "owner-1", PartyType.ORGANIZATION).name(Name.primary("Parent Holding"))
                .identifier(new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "Unified Social Credit Code (USCC)",
                        "91440300MA5XXXXX0X", Optional.of(Country.of("CN"))))
                .identifier(new Identifier(IdentifierType.OTHER, "Listing Date (CMIC)", "2021-06-03", Optional.empty()))
                .nationality(Country.of("CN")).build();
        Party sub = Party.builder("x", "sub-1", PartyType.ORGANIZATION).name(Name.primary("Sub Co"))
                .name(Name.of("子公司", NameKind.ORIGINAL_SCRIPT)).name(Name.of("SubCo", NameKind.AKA))
                .name(Name.of("Old Sub", NameKind.FKA)).name(Name.of("SC", NameKind.WEAK_AKA))
                .identifier(new Identifier(IdentifierType.TAX_ID, "INN", "7701", Optional.empty()))
                .identifier(new Identifier(IdentifierType.IMO, "", "9000001", Optional.empty()))
                .identifier(new Identifier(IdentifierType.UEI, "UEI", "ABCDEF123456", Optional.empty()))
                .address(new Address("1 Main St", "Shenzhen", "Guangdong", "518000", Optional.of(Country.of("CN"))))
                .address(new Address("Somewhere unrecognised", "", "", "", Optional.of(Country.of("Atlantis"))))
                .nationality(Country.of("HK"))
                .relationship(new Relationship(RelationKind.OWNED_BY, "Parent Holding", "x/owner-1", Optional.of(75.5),
                        Confidence.HIGH))
                .relationship(Relationship.of(RelationKind.AFFILIATE_OF, "Someone Outside")
                        .during(LocalDate.of(2019, 3, 1), LocalDate.of(2023, 7, 1))
                        .withSource("https://www.sec.gov/Archives/edgar/data/0000000/example.htm"))
                .relationship(new Relationship(RelationKind.SUBSIDIARY_OF, "Elsewhere Ltd", "ofac-sdn/123",
                        Optional.empty(), Confidence.HIGH))
                .designation(Designation.builder("x", "Entity List").authority("85 FR 51596")
                        .listedOn(LocalDate.of(2020, 8, 20)).liftedOn(LocalDate.of(2024, 1, 2)).sourceRecord("R-1")
                        .note("https://www.federalregister.gov/d/2020-18213").build())
                .build();
        Party person = Party.builder("x", "p-1", PartyType.PERSON).name(Name.primary("Jane Example"))
                .identifier(Identifier.of(IdentifierType.PASSPORT, "P123"))
                .identifier(new Identifier(IdentifierType.NATIONAL_ID, "", "N-9", Optional.of(Country.of("FR"))))
                .nationality(Country.of("FR")).build();
        Party plane = Party.builder("x", "a-1", PartyType.AIRCRAFT).name(Name.primary("Example Jet"))
                .identifier(Identifier.of(IdentifierType.AIRCRAFT_TAIL, "EP-ABC"))
                .identifier(Identifier.of(IdentifierType.AIRCRAFT_SERIAL, "MSN 1234")).build();

        assertSame(List.of(owner, sub, person, plane), roundTrip("x", List.of(owner, sub, person, plane)));
    }

    @Test
    void aListVersionFromAnotherFormatComesBackTheSame() throws Exception {
        Path un = dir.resolve("consolidated.xml");
        Files.write(un, CutFiles.resource("/fixtures/un/consolidated.xml"));
        List<Party> parties = new UnConsolidatedImporter().read(un, ImportOptions.strict()).parties();
        assertSame(parties, roundTrip("un-sc", parties));
        List<Party> ftm = new FtmImporter().read(write("entities.ftm.json", "/fixtures/ftm/entities.ftm.json"),
                ImportOptions.strict()).parties();
        assertSame(ftm, roundTrip("ftm", ftm));
    }

    private Path write(String name, String resource) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, CutFiles.resource(resource));
        return p;
    }

    /** Same ids, types, names (value and kind), identifiers (type, value, country), addresses, countries (by code),
     * designations and relationships. */
    private static void assertSame(List<Party> expected, List<Party> actual) {
        assertThat(actual).extracting(Party::sourceId).containsExactlyElementsOf(
                expected.stream().map(Party::sourceId).toList());
        for (int i = 0; i < expected.size(); i++) {
            Party e = expected.get(i);
            Party a = actual.get(i);
            String what = e.sourceId() + ": ";
            assertThat(a.type()).as(what + "type").isEqualTo(e.type());
            assertThat(a.primaryName()).as(what + "primary name").extracting(Name::value, Name::kind)
                    .containsExactly(e.primaryName().value(), e.primaryName().kind());
            assertThat(names(a)).as(what + "names").isEqualTo(names(e));
            assertThat(ids(a)).as(what + "identifiers").isEqualTo(ids(e));
            assertThat(a.addresses()).as(what + "addresses").containsExactlyInAnyOrderElementsOf(
                    e.addresses().stream().map(FtmRoundTripTest::byCode).toList());
            assertThat(a.nationalities().stream().map(FtmRoundTripTest::key).collect(Collectors.toSet()))
                    .as(what + "countries").isEqualTo(e.nationalities().stream().map(FtmRoundTripTest::key)
                            .collect(Collectors.toSet()));
            assertThat(a.designations()).as(what + "designations").containsExactlyInAnyOrderElementsOf(e.designations());
            assertThat(a.relationships()).as(what + "relationships").containsExactlyInAnyOrderElementsOf(e.relationships());
        }
    }

    private static Set<String> names(Party p) {
        return p.names().stream().map(n -> n.kind() + ":" + n.value()).collect(Collectors.toSet());
    }

    private static Set<String> ids(Party p) {
        return p.identifiers().stream().map(i -> i.type() + ":" + i.value() + ":" + i.country().map(FtmRoundTripTest::key)
                .orElse("")).collect(Collectors.toSet());
    }

    private static String key(Country c) {
        return c.isKnown() ? c.code() : c.name();
    }

    /** FtM writes countries as codes: a recognised country comes back under its English name. */
    private static Address byCode(Address a) {
        return new Address(a.street(), a.city(), a.region(), a.postalCode(),
                a.country().map(c -> c.isKnown() ? Country.of(c.code()) : c));
    }
}
