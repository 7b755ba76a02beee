package org.cordon.ingest.ofac.sls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cordon.ingest.CutFiles;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
import org.cordon.model.Address;
import org.cordon.model.Confidence;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacAdvancedXmlImporterTest {

    private static final String FIXTURE = "/fixtures/ofac-sls/SDN_ADVANCED.XML";
    private static final String SMALL = "/fixtures/ofac-sls/small.xml";
    private final OfacAdvancedXmlImporter importer = new OfacAdvancedXmlImporter();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private ImportResult fixture() throws Exception {
        return importer.read(write("SDN_ADVANCED.XML", CutFiles.resource(FIXTURE)), ImportOptions.strict());
    }

    private static Party byId(ImportResult r, String id) {
        return r.parties().stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryPartyWithTheDateOfIssue() throws Exception {
        ImportResult r = fixture();

        assertThat(Importers.forFormat(ListFormat.OFAC_SLS_ADVANCED).format()).isEqualTo(ListFormat.OFAC_SLS_ADVANCED);
        assertThat(r.listId()).isEqualTo("ofac-sdn");
        assertThat(r.publishedOn()).contains(LocalDate.of(2026, 2, 26));
        assertThat(r.parties()).extracting(Party::sourceId, Party::type, p -> p.primaryName().value()).containsExactly(
                tuple("36", PartyType.ORGANIZATION, "AEROCARIBBEAN AIRLINES"),
                tuple("7157", PartyType.PERSON, "SAMPLEV, Ivan Ivanovich"),
                tuple("9001", PartyType.ORGANIZATION, "SAMPLE TRADING LLC"),
                tuple("15036", PartyType.VESSEL, "SAMPLE STAR"));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void mapsAnEntityWithItsLocationAliasAndProgram() throws Exception {
        Party p = byId(fixture(), "36");

        assertThat(p.names()).containsExactly(Name.primary("AEROCARIBBEAN AIRLINES"), Name.of("AERO-CARIBBEAN", NameKind.AKA));
        assertThat(p.addresses()).containsExactly(new Address("", "Havana", "", "", Optional.of(new Country("CU", "Cuba"))));
        assertThat(p.designations()).containsExactly(Designation.builder("ofac-sdn", "CUBA")
                .authority("Cuban Assets Control Regulations, 31 C.F.R. Part 515").listedOn(LocalDate.of(1986, 12, 10))
                .sourceRecord("36").note("SDN List").build());
    }

    @Test
    void mapsAPersonWithScriptsWeakAliasDatesNationalityAndPassport() throws Exception {
        Party p = byId(fixture(), "7157");

        assertThat(p.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("SAMPLEV, Ivan Ivanovich", NameKind.PRIMARY), tuple("САМПЛЕВ, Иван", NameKind.ORIGINAL_SCRIPT),
                tuple("Vanya", NameKind.WEAK_AKA));
        assertThat(p.dates()).containsExactly(
                PartyDate.of(DateKind.BIRTH, new PartialDate(1961, 7, 2, false), "1961-07-02"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1958, 0, 0, false), "1958"));
        assertThat(p.nationalities()).containsExactly(new Country("RU", "Russia"));
        assertThat(p.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "Passport", "7100000001",
                Optional.of(new Country("RU", "Russia"))));
        assertThat(p.designations()).extracting(Designation::program, Designation::authority)
                .containsExactly(tuple("RUSSIA-EO14024", "Executive Order 14024 (Russia)"),
                        tuple("UKRAINE-EO13661", "Executive Order 14024 (Russia)"));
        assertThat(p.remarks()).isEqualTo("Place of Birth: Tula, Russia\nGender: Male");
    }

    @Test
    void mapsIdentifiersFeaturesAndRelationships() throws Exception {
        ImportResult r = fixture();
        Party trading = byId(r, "9001");
        Party vessel = byId(r, "15036");

        assertThat(trading.names()).extracting(Name::kind).containsExactly(NameKind.PRIMARY, NameKind.FKA);
        assertThat(trading.addresses()).containsExactly(new Address("Ulitsa Primernaya 1", "Moscow", "", "101000",
                Optional.of(new Country("RU", "Russia"))));
        assertThat(trading.dates()).containsExactly(PartyDate.of(DateKind.INCORPORATION,
                new PartialDate(2001, 5, 0, false), "2001-05"));
        assertThat(trading.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.SWIFT_BIC, "SAMPRUMM"),
                tuple(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
                tuple(IdentifierType.WEBSITE, "www.sample-trading.example"));
        assertThat(trading.relationships()).containsExactly(new Relationship(RelationKind.OWNED_BY,
                "SAMPLEV, Ivan Ivanovich", "ofac-sdn/7157", Optional.empty(), Confidence.HIGH));
        assertThat(vessel.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.IMO, "IMO 9000001"), tuple(IdentifierType.CALL_SIGN, "TJAB1"));
        assertThat(vessel.nationalities()).containsExactly(Country.of("Cameroon"));
        assertThat(vessel.relationships()).extracting(Relationship::kind, Relationship::targetId)
                .containsExactly(tuple(RelationKind.LINKED_TO, "ofac-sdn/9001"));
        assertThat(vessel.remarks()).isEqualTo("VESSEL TYPE: Crude Oil Tanker");
    }

    @Test
    void readsTheZippedFile() throws Exception {
        Path zip = dir.resolve("SDN_ADVANCED.ZIP");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("SDN_ADVANCED.XML"));
            z.write(CutFiles.resource(FIXTURE));
            z.closeEntry();
        }
        assertThat(importer.read(zip, ImportOptions.strict()).parties()).hasSize(4);
        assertThatThrownBy(() -> importer.read(zip, ImportOptions.strict().withMaxUncompressedBytes(1000)))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void reportsBadPartiesWithLineAndField() throws Exception {
        String xml = new String(CutFiles.resource(FIXTURE), StandardCharsets.UTF_8)
                .replace("<DistinctParty FixedRef=\"36\">", "<DistinctParty>")
                .replace("AliasTypeID=\"1401\"", "AliasTypeID=\"9999\"")
                .replace("<LocationCountry CountryID=\"11138\" />", "<LocationCountry CountryID=\"1\" />");
        Path file = write("bad.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "bad.xml:104: field 'LocationCountry@CountryID': refers to no Country value: '1'",
                                "bad.xml:119: field 'DistinctParty@FixedRef': the party has no FixedRef",
                                "bad.xml:249: field 'Alias@AliasTypeID': refers to no AliasType value: '9999'",
                                "bad.xml:316: field 'VersionLocation@LocationID': refers to no Location: '2003'"));
        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("7157");
        assertThat(lenient.skipped()).hasSize(4);
        assertThat(lenient.notices()).containsExactly(
                "5 sanctions entries or relationships name a party that is not in the file");
    }

    @Test
    void refusesATruncatedFileAsTruncatedADoctypeAndAnotherList() throws Exception {
        byte[] whole = CutFiles.resource(FIXTURE);
        Path cut = write("cut.xml", Arrays.copyOf(whole, whole.length - 100));
        assertThatThrownBy(() -> importer.read(cut, ImportOptions.lenient()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("truncated"));
        Path secret = write("secret.txt", "TOP-SECRET".getBytes(StandardCharsets.UTF_8));
        Path xxe = write("xxe.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE Sanctions [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Sanctions><DistinctParties><DistinctParty FixedRef=\"1\">&x;"
                + "</DistinctParty></DistinctParties></Sanctions>\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(xxe, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        Path sdn = write("sdn.xml", CutFiles.resource("/fixtures/ofac-sdn-xml/sdn.xml"));
        assertThatThrownBy(() -> importer.read(sdn, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("not an OFAC advanced sanctions XML file: the root element is <sdnList>");
    }

    @Test
    void readsTheSmallFixture() throws Exception {
        Party p = importer.read(write("small.xml", CutFiles.resource(SMALL)), ImportOptions.strict()).parties().get(0);
        assertThat(p.names()).hasSize(2);
        assertThat(p.identifiers()).containsExactly(new Identifier(IdentifierType.SWIFT_BIC, "SWIFT/BIC", "BNACCUHH",
                Optional.empty()));
        assertThat(p.designations()).extracting(Designation::program).containsExactly("CUBA");
    }

    /** Every cut of the small fixture (the full one would take a minute: each cut is a whole import). */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aCutFileIsReadOrRefused(@ForAll @IntRange(min = 0, max = 2854) int cut) throws Exception {
        byte[] whole = CutFiles.resource(SMALL);
        CutFiles.readOrRefuse(importer, whole, "SDN_ADVANCED.XML", Math.min(cut, whole.length));
    }
}
