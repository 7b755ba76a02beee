package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cordon.ingest.ofac.OfacFixtures.party;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacSdnXmlImporterTest {

    private static final Path FIXTURE = OfacFixtures.path("ofac-sdn-xml/sdn.xml");

    @TempDir
    Path dir;

    private static ImportResult read(Path path) throws ImportException {
        return new OfacSdnXmlImporter().read(path, ImportOptions.strict());
    }

    private Path zip(String entry, byte[] content) throws IOException {
        Path zip = dir.resolve("sdn.xml.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void readsTheHeaderAndEveryEntry() throws Exception {
        ImportResult result = read(FIXTURE);
        assertThat(new OfacSdnXmlImporter().format()).isEqualTo(ListFormat.OFAC_SDN_XML);
        assertThat(result.listId()).isEqualTo("ofac-sdn");
        assertThat(result.publishedOn()).contains(LocalDate.of(2019, 3, 11));
        // Record_Count says 7449 (the full list's); the extract holds three entries, which is no error.
        assertThat(result.parties()).extracting(Party::sourceId).containsExactly("306", "4106", "4243");
        assertThat(result.skipped()).isEmpty();
        assertThat(result.sourceFiles()).containsExactly(FIXTURE);
    }

    @Test
    void readsAliasCategoriesAndAddresses() throws Exception {
        Party bank = party(read(FIXTURE), "306");
        assertThat(bank.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(bank.names()).containsExactly(Name.primary("BANCO NACIONAL DE CUBA"),
                Name.of("BNC", NameKind.WEAK_AKA), Name.of("NATIONAL BANK OF CUBA", NameKind.AKA));
        assertThat(bank.addresses()).containsExactly(new Address("Federico Boyd Avenue & 51 Street", "Panama City",
                "", "", Optional.of(Country.of("Panama"))));
        assertThat(bank.designations()).containsExactly(Designation.builder("ofac-sdn", "CUBA").sourceRecord("306").build());
    }

    @Test
    void readsAPerson() throws Exception {
        Party person = party(read(FIXTURE), "4106");
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.names()).containsExactly(Name.primary("HERRERA BUITRAGO, Helmer"),
                Name.of("PACHO", NameKind.WEAK_AKA), Name.of("HERRERA, Helmer", NameKind.FKA));
        assertThat(person.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "Passport", "J287011", Optional.of(Country.of("Colombia"))),
                new Identifier(IdentifierType.NATIONAL_ID, "Cedula No.", "16247821", Optional.of(Country.of("Colombia"))));
        assertThat(person.nationalities()).extracting(Country::code).containsExactly("CO", "VE");
        assertThat(person.dates()).containsExactly(
                PartyDate.of(DateKind.BIRTH, new PartialDate(1951, 8, 24, false), "24 Aug 1951"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1950, 0, 0, true), "circa 1950"));
        assertThat(person.designations()).extracting(Designation::program).containsExactly("SDNT", "SDNTK");
        assertThat(person.designations()).extracting(Designation::note).containsOnly("Leader of the Cali Cartel");
        assertThat(person.relationships()).containsExactly(
                Relationship.of(RelationKind.LINKED_TO, "BANCO NACIONAL DE CUBA").withTargetId("ofac-sdn/306"));
        assertThat(person.remarks()).isEqualTo("Linked To: BANCO NACIONAL DE CUBA.");
    }

    @Test
    void readsAVessel() throws Exception {
        Party vessel = party(read(FIXTURE), "4243");
        assertThat(vessel.type()).isEqualTo(PartyType.VESSEL);
        assertThat(vessel.identifiers()).containsExactly(
                new Identifier(IdentifierType.IMO, "Vessel Registration Identification", "7406784", Optional.empty()),
                new Identifier(IdentifierType.MMSI, "MMSI", "352001234", Optional.empty()),
                new Identifier(IdentifierType.CALL_SIGN, "Call Sign", "CL2192", Optional.empty()));
        assertThat(vessel.nationalities()).extracting(Country::code).containsExactly("PA");
        assertThat(vessel.relationships()).containsExactly(
                Relationship.of(RelationKind.OWNED_BY, "Samir de Navegacion S.A."));
        assertThat(vessel.names()).contains(Name.of("ANA I", NameKind.FKA));
    }

    @Test
    void readsTheZippedDocumentLikeThePlainOne() throws Exception {
        Path zip = zip("sdn.xml", Files.readAllBytes(FIXTURE));
        assertThat(read(zip).parties()).isEqualTo(read(FIXTURE).parties());
    }

    @Test
    void aTruncatedDocumentFailsWithTheParserErrorAndItsLine() throws Exception {
        String xml = Files.readString(FIXTURE);
        String cut = xml.substring(0, xml.indexOf("<uid>4243</uid>") + 8);
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, cut);
        for (ImportOptions options : new ImportOptions[] {ImportOptions.strict(), ImportOptions.lenient()}) {
            ImportException e = catchThrowableOfType(ImportException.class,
                    () -> new OfacSdnXmlImporter().read(file, options));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("sdn.xml");
                assertThat(p.line()).isEqualTo(cut.lines().count());
                assertThat(p.message()).startsWith("malformed XML");
            });
        }
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE sdnList [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<sdnList xmlns=\"" + OfacSdnXmlImporter.NAMESPACE + "\">\n"
                + "  <sdnEntry><uid>1</uid><lastName>&xxe;</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "</sdnList>\n";
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, xxe);
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(file));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sdn.xml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("DOCTYPE");
        });
        assertThat(e).hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void aZipBombFailsAtTheConfiguredBound() throws Exception {
        byte[] head = ("<?xml version=\"1.0\"?><sdnList xmlns=\"" + OfacSdnXmlImporter.NAMESPACE
                + "\"><sdnEntry><remarks>").getBytes(StandardCharsets.UTF_8);
        byte[] zeros = new byte[1 << 20];
        Arrays.fill(zeros, (byte) '0');
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("sdn.xml"));
            out.write(head);
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        ImportOptions bounded = ImportOptions.strict().withMaxUncompressedBytes(1 << 20);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new OfacSdnXmlImporter().read(zip, bounded));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.zip");
            assertThat(p.message()).contains("expands beyond the limit of 1048576 bytes");
        });
    }

    @Test
    void anotherXmlDocumentIsRefused() throws Exception {
        Path file = dir.resolve("other.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<list><entry/></list>\n");
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(file));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not an OFAC SDN XML"));
    }

    @Test
    void aListWithoutEntriesIsRefused() throws Exception {
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, "<sdnList xmlns=\"" + OfacSdnXmlImporter.NAMESPACE + "\"><publshInformation>"
                + "<Publish_Date>03/11/2019</Publish_Date></publshInformation></sdnList>");
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(file));
        assertThat(e).hasMessageContaining("no sdnEntry");
    }

    @Test
    void malformedEntriesAreReportedWithTheirLine() throws Exception {
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, "<sdnList xmlns=\"" + OfacSdnXmlImporter.NAMESPACE + "\">\n"
                + "<sdnEntry><uid>1</uid><lastName>ONE</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>2</uid><lastName>TWO</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>x</uid><lastName>BAD UID</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>1</uid><lastName>AGAIN</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>5</uid><lastName>SHIP</lastName><sdnType>Spaceship</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>6</uid><lastName>SIX</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "<sdnEntry><uid>7</uid><lastName>SEVEN</lastName><sdnType>Entity</sdnType></sdnEntry>\n"
                + "</sdnList>\n");
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(file));
        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "uid"),
                org.assertj.core.groups.Tuple.tuple(5L, "uid"),
                org.assertj.core.groups.Tuple.tuple(6L, "sdnType"));
        ImportResult lenient = new OfacSdnXmlImporter().read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("1", "2", "6", "7");
        assertThat(lenient.skipped()).hasSize(3);
    }
}
