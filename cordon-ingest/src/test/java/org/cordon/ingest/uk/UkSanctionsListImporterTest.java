package org.cordon.ingest.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
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
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkSanctionsListImporterTest {

    private static final String FIXTURE = "/fixtures/uk/UK_Sanctions_List.xml";
    private static final String CSV = "/fixtures/uk/UK-Sanctions-List.csv";
    private final UkSanctionsListImporter importer = new UkSanctionsListImporter();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private ImportResult fixture() throws Exception {
        return importer.read(write("UK_Sanctions_List.xml", CutFiles.resource(FIXTURE)), ImportOptions.strict());
    }

    private static Party byId(ImportResult r, String id) {
        return r.parties().stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsIndividualsEntitiesAndShipsWithTheFileDate() throws Exception {
        ImportResult r = fixture();

        assertThat(Importers.forFormat(ListFormat.UK_SANCTIONS).format()).isEqualTo(ListFormat.UK_SANCTIONS);
        assertThat(r.listId()).isEqualTo("uk-sanctions");
        assertThat(r.publishedOn()).contains(LocalDate.of(2026, 2, 27));
        assertThat(r.parties()).extracting(Party::sourceId, Party::type, p -> p.primaryName().value()).containsExactly(
                tuple("AFG0006", PartyType.PERSON, "Mohammad Hassan AKHUND"),
                tuple("RUS0263", PartyType.ORGANIZATION, "PUBLIC JOINT STOCK COMPANY SAMPLE TELECOM"),
                tuple("RUS1990", PartyType.VESSEL, "SAMPLE STAR"));
    }

    @Test
    void mapsAnIndividualWithAliasesPartialBirthDatesAndRegime() throws Exception {
        Party p = byId(fixture(), "AFG0006");

        assertThat(p.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Mohammad Hassan AKHUND", NameKind.PRIMARY), tuple("Mullah Mohammad Hassan", NameKind.AKA),
                tuple("Hassan", NameKind.WEAK_AKA), tuple("محمد حسن آخوند", NameKind.ORIGINAL_SCRIPT));
        assertThat(p.dates()).extracting(d -> d.from(), d -> d.raw()).containsExactly(
                tuple(new PartialDate(1950, 0, 0, false), "dd/mm/1950"),
                tuple(new PartialDate(1955, 8, 27, false), "27/08/1955"));
        assertThat(p.nationalities()).containsExactly(Country.of("Afghanistan"));
        assertThat(p.designations()).containsExactly(Designation.builder("uk-sanctions",
                        "The Afghanistan (Sanctions) (EU Exit) Regulations 2020")
                .authority("UK Foreign, Commonwealth & Development Office (UN designation)")
                .listedOn(LocalDate.of(2001, 1, 25)).sourceRecord("AFG0006")
                .note("Asset freeze; Travel Ban; Arms embargo").build());
        assertThat(p.remarks()).isEqualTo("Believed to be in the Afghanistan/Pakistan border area.\n"
                + "Position: First Deputy, Council of Ministers under the Taliban regime\n"
                + "Place of birth: Kandahar, Afghanistan\nGender: Male\nUN reference: TAi.002\nOFSI group id: 7413");
    }

    @Test
    void mapsAnEntityWithAddressContactsRegistrationAndParent() throws Exception {
        Party e = byId(fixture(), "RUS0263");

        assertThat(e.names()).extracting(Name::value, Name::kind, Name::language).containsExactly(
                tuple("PUBLIC JOINT STOCK COMPANY SAMPLE TELECOM", NameKind.PRIMARY, ""),
                tuple("PJSC SAMPLE TELECOM", NameKind.AKA, ""),
                tuple("ПАО СЭМПЛ ТЕЛЕКОМ", NameKind.ORIGINAL_SCRIPT, "ru"));
        assertThat(e.addresses()).containsExactly(new Address("Ulitsa Primernaya 1", "Moscow", "", "101000",
                Optional.of(Country.of("Russia"))));
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.PHONE, "+7 495 000 0000"), tuple(IdentifierType.EMAIL, "info@telecom.example"),
                tuple(IdentifierType.EMAIL, "press@telecom.example"),
                tuple(IdentifierType.REGISTRATION_NUMBER, "1027700000003"));
        assertThat(e.relationships()).containsExactly(Relationship.of(RelationKind.SUBSIDIARY_OF, "Sample Holding JSC"));
        assertThat(e.designations().get(0).authority()).isEqualTo("UK Foreign, Commonwealth & Development Office");
    }

    @Test
    void mapsAShipWithImoFlagOwnerAndFormerName() throws Exception {
        Party s = byId(fixture(), "RUS1990");

        assertThat(s.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "IMO number", "9000001",
                Optional.empty()));
        assertThat(s.nationalities()).containsExactly(Country.of("Cameroon"));
        assertThat(s.names()).extracting(Name::kind).containsExactly(NameKind.PRIMARY, NameKind.FKA);
        assertThat(s.relationships()).containsExactly(Relationship.of(RelationKind.LINKED_TO, "Sample Shipping LLC"));
        assertThat(s.remarks()).isEqualTo("Type of ship: Crude oil tanker");
    }

    @Test
    void reportsBadDesignationsWithLineAndField() throws Exception {
        String xml = new String(CutFiles.resource(FIXTURE), StandardCharsets.UTF_8)
                .replace("<DOB>27/08/1955</DOB>", "<DOB>1955-08-27</DOB>")
                .replace("<UniqueID>RUS0263</UniqueID>", "")
                ;
        Path file = write("bad.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "bad.xml:44: field 'Individual/DOBs/DOB': not a day/month/year date: '1955-08-27'",
                                "bad.xml:64: field 'Designation/UniqueID': the designation has no UniqueID"));
        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.skipped()).extracting(ImportProblem::line).containsExactly(44L, 64L);
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("RUS1990");
    }

    @Test
    void readsTheCsvFormIntoTheSamePartiesAsTheXml() throws Exception {
        ImportResult xml = fixture();
        ImportResult csv = importer.read(write("UK-Sanctions-List.csv", CutFiles.resource(CSV)), ImportOptions.strict());

        assertThat(csv.publishedOn()).contains(LocalDate.of(2026, 2, 27));
        assertThat(csv.parties()).extracting(Party::sourceId).containsExactly("AFG0006", "RUS0263", "RUS1990");
        assertThat(byId(csv, "AFG0006")).isEqualTo(byId(xml, "AFG0006"));
        assertThat(byId(csv, "RUS0263")).isEqualTo(byId(xml, "RUS0263"));
        Party ship = byId(csv, "RUS1990");
        assertThat(ship.identifiers()).extracting(Identifier::value).containsExactly("9000001");
        assertThat(ship.relationships()).containsExactly(Relationship.of(RelationKind.LINKED_TO, "Sample Shipping LLC"));
        assertThat(csv.skipped()).isEmpty();
    }

    @Test
    void reportsBadCsvRowsWithLineAndColumn() throws Exception {
        String text = new String(CutFiles.resource(CSV), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        lines[3] = lines[3].replace("\"27/08/1955\"", "\"1955-08-27\"");  // AFG0006's second name row
        lines[6] = lines[6].substring(0, lines[6].indexOf("\",\"") + 1);        // RUS0263's first row, one field
        Path file = write("bad.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "bad.csv:7: expected 46 fields, found 1",
                                "bad.csv:4: field 'D.O.B': not a day/month/year date: '1955-08-27'"));
        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("RUS0263", "RUS1990");
    }

    @Test
    void refusesACsvCutShortInEitherMode() throws Exception {
        byte[] whole = CutFiles.resource(CSV);
        for (int cut : new int[] {whole.length - 3, whole.length - 200}) {
            Path file = write("cut.csv", Arrays.copyOf(whole, cut));
            for (ImportOptions mode : new ImportOptions[] {ImportOptions.strict(), ImportOptions.lenient()}) {
                assertThatThrownBy(() -> importer.read(file, mode)).isInstanceOf(ImportException.class)
                        .hasMessageContaining("truncated");
            }
        }
    }

    /** Every cut of the small CSV fixture. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aCutCsvIsReadOrRefused(@ForAll @IntRange(min = 0, max = 1667) int cut) throws Exception {
        byte[] whole = CutFiles.resource("/fixtures/uk/small.csv");
        CutFiles.readOrRefuse(importer, whole, "small.csv", Math.min(cut, whole.length));
    }

    @Test
    void readsDayMonthYearDatesWithUnknownParts() throws Exception {
        assertThat(UkSanctionsListImporter.date("dd/mm/1950", "f")).contains(new PartialDate(1950, 0, 0, false));
        assertThat(UkSanctionsListImporter.date("dd/08/1950", "f")).contains(new PartialDate(1950, 8, 0, false));
        assertThat(UkSanctionsListImporter.date(" ", "f")).isEmpty();
        assertThatThrownBy(() -> UkSanctionsListImporter.date("31/02/1970", "f"))
                .hasMessage("not a valid date: '31/02/1970'");
    }

    @Test
    void refusesATruncatedFileAsTruncatedAndOtherXml() throws Exception {
        byte[] whole = CutFiles.resource(FIXTURE);
        Path cut = write("cut.xml", Arrays.copyOf(whole, whole.length - 30));
        assertThatThrownBy(() -> importer.read(cut, ImportOptions.lenient()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("truncated"));
        Path eu = write("eu.xml", CutFiles.resource("/fixtures/eu/eu-fsf.xml"));
        assertThatThrownBy(() -> importer.read(eu, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("the root element is <export>, expected <Designations>");
        Path doctype = write("doctype.xml", "<?xml version=\"1.0\"?><!DOCTYPE Designations><Designations/>".getBytes());
        assertThatThrownBy(() -> importer.read(doctype, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE");
    }

    /** Every cut of a small fixture: each cut is a whole import, in both modes. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aCutFileIsReadOrRefused(@ForAll @IntRange(min = 0, max = 2301) int cut) throws Exception {
        byte[] whole = CutFiles.resource("/fixtures/uk/small.xml");
        CutFiles.readOrRefuse(importer, whole, "small.xml", Math.min(cut, whole.length));
    }
}
