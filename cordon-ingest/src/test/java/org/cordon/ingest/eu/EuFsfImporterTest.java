package org.cordon.ingest.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EuFsfImporterTest {

    private static final String FIXTURE = "/fixtures/eu/eu-fsf.xml";
    private final EuFsfImporter importer = new EuFsfImporter();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private ImportResult fixture() throws Exception {
        return importer.read(write("eu-fsf.xml", CutFiles.resource(FIXTURE)), ImportOptions.strict());
    }

    private static Party byId(ImportResult r, String id) {
        return r.parties().stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryEntryWithTheFileDate() throws Exception {
        ImportResult r = fixture();

        assertThat(Importers.forFormat(ListFormat.EU_FSF).format()).isEqualTo(ListFormat.EU_FSF);
        assertThat(r.listId()).isEqualTo("eu-fsf");
        assertThat(r.publishedOn()).contains(LocalDate.of(2026, 2, 27));
        assertThat(r.parties()).extracting(Party::sourceId, Party::type, p -> p.primaryName().value()).containsExactly(
                tuple("13390", PartyType.PERSON, "Ivan Ivanovich Samplev"),
                tuple("13921", PartyType.ORGANIZATION, "Sample Credit Bank PJSC"),
                tuple("8", PartyType.ORGANIZATION, "Example Relief Foundation"),
                tuple("20001", PartyType.PERSON, "Maria EXAMPLE"));
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void mapsAPersonWithScriptsWeakAliasBirthAndPassport() throws Exception {
        Party p = byId(fixture(), "13390");

        assertThat(p.names()).extracting(Name::value, Name::kind, Name::language).containsExactly(
                tuple("Ivan Ivanovich Samplev", NameKind.PRIMARY, ""),
                tuple("Иван Иванович Самплев", NameKind.ORIGINAL_SCRIPT, "ru"),
                tuple("Vanya", NameKind.WEAK_AKA, ""));
        assertThat(p.nationalities()).containsExactly(Country.of("RU"));
        assertThat(p.dates()).extracting(d -> d.from()).containsExactly(new PartialDate(1961, 7, 2, false));
        assertThat(p.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "National passport",
                "7100000001", Optional.of(Country.of("RU"))));
        // two regulations of one programme: one designation, from the first
        assertThat(p.designations()).containsExactly(Designation.builder("eu-fsf", "EU UKR")
                .authority("2022/261 (OJ L42I)").listedOn(LocalDate.of(2022, 2, 23)).sourceRecord("EU.2733.51")
                .note("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0261").build());
        assertThat(p.remarks()).isEqualTo("Member of the State Duma who voted in favour of the resolution.\n"
                + "Function: Member of the State Duma\nPlace of birth: Tula, RUSSIAN FEDERATION\nGender: Male");
    }

    @Test
    void mapsAnEnterpriseWithAddressAndTypedIdentifiers() throws Exception {
        Party bank = byId(fixture(), "13921");

        assertThat(bank.names()).extracting(Name::kind).containsExactly(NameKind.PRIMARY, NameKind.ORIGINAL_SCRIPT,
                NameKind.WEAK_AKA);
        assertThat(bank.addresses()).containsExactly(new Address("Ulitsa Primernaya 1", "Moscow", "", "101000",
                Optional.of(Country.of("RU"))));
        assertThat(bank.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country)
                .containsExactly(tuple(IdentifierType.REGISTRATION_NUMBER, "1027700000001", Optional.of(Country.of("RU"))),
                        tuple(IdentifierType.TAX_ID, "7700000001", Optional.empty()),
                        tuple(IdentifierType.SWIFT_BIC, "SCBKRUMM", Optional.of(Country.of("RU"))));
    }

    @Test
    void givesOneDesignationPerProgrammeAndKeepsTheUnReference() throws Exception {
        Party f = byId(fixture(), "8");

        assertThat(f.designations()).extracting(Designation::program, Designation::authority, Designation::listedOn)
                .containsExactly(tuple("EU AQD", "881/2002 (OJ L139)", Optional.of(LocalDate.of(2002, 5, 30))),
                        tuple("EU SYR", "2015/30 (OJ L5)", Optional.of(LocalDate.of(2015, 1, 11))));
        assertThat(f.addresses()).containsExactly(new Address("P.O. Box 14", "Tripoli", "", "",
                Optional.of(Country.of("LY"))));
        assertThat(f.remarks()).isEqualTo("Founded in 1995.\nUN reference: QDe.004");
    }

    @Test
    void composesANameFromItsPartsAndReadsACircaYear() throws Exception {
        Party m = byId(fixture(), "20001");

        assertThat(m.names()).containsExactly(Name.primary("Maria EXAMPLE"));
        assertThat(m.nationalities()).isEmpty();
        assertThat(m.dates()).extracting(d -> d.from(), d -> d.raw())
                .containsExactly(tuple(new PartialDate(1970, 0, 0, true), "circa 1970"));
        assertThat(m.remarks()).isEqualTo("Title: Dr.\nGender: Female");
    }

    @Test
    void reportsBadEntriesWithLineAndField() throws Exception {
        String xml = new String(CutFiles.resource(FIXTURE), java.nio.charset.StandardCharsets.UTF_8)
                .replace("logicalId=\"13921\"", "")
                .replace("birthdate=\"1961-07-02\"", "birthdate=\"1961-13-45\"")
                .replace("entryIntoForceDate=\"2024-02-23\"", "entryIntoForceDate=\"next week\"");
        Path file = write("bad.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "bad.xml:17: field 'birthdate@birthdate': not a date: '1961-13-45'",
                                "bad.xml:21: field 'sanctionEntity@logicalId': the entry has no logicalId",
                                "bad.xml:50: field 'regulation@entryIntoForceDate': not a valid date: 'next week'"));
        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("8");
        assertThat(lenient.skipped()).hasSize(3);
    }

    @Test
    void refusesATruncatedFileAsTruncated() throws Exception {
        byte[] whole = CutFiles.resource(FIXTURE);
        Path file = write("cut.xml", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("truncated"));
    }

    @Test
    void refusesADoctypeAnotherRootAndAnEmptyFile() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET".getBytes());
        Path xxe = write("xxe.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<export><sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/>"
                + "<nameAlias wholeName=\"&x;\"/></sanctionEntity></export>\n").getBytes());
        assertThatThrownBy(() -> importer.read(xxe, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        Path un = write("un.xml", CutFiles.resource("/fixtures/un/consolidated.xml"));
        assertThatThrownBy(() -> importer.read(un, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("not an EU consolidated list XML file: the root element is <CONSOLIDATED_LIST>");
        Path empty = write("empty.xml", new byte[0]);
        assertThatThrownBy(() -> importer.read(empty, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
    }

    /** Every cut of a small fixture: each cut is a whole import, in both modes. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aCutFileIsReadOrRefused(@ForAll @IntRange(min = 0, max = 2066) int cut) throws Exception {
        byte[] whole = CutFiles.resource("/fixtures/eu/small.xml");
        CutFiles.readOrRefuse(importer, whole, "small.xml", Math.min(cut, whole.length));
    }
}
