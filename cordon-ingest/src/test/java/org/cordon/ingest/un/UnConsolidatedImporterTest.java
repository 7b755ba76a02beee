package org.cordon.ingest.un;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnConsolidatedImporterTest {

    private final UnConsolidatedImporter importer = new UnConsolidatedImporter();

    @TempDir
    Path dir;

    @Test
    void readsIndividualsAndEntitiesWithTheListDate() throws Exception {
        ImportResult result = importer.read(fixture(), ImportOptions.strict());

        assertThat(result.listId()).isEqualTo("un-sc");
        assertThat(result.publishedOn()).contains(LocalDate.of(2026, 2, 27));
        assertThat(result.parties()).extracting(Party::sourceId, Party::type).containsExactly(
                tuple("IQi.001", PartyType.PERSON), tuple("QDi.290", PartyType.PERSON),
                tuple("XXi.001", PartyType.PERSON), tuple("XXe.001", PartyType.ORGANIZATION));
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void keepsTheArabicNameAsOriginalScript() throws Exception {
        Party saddam = byId(importer.read(fixture(), ImportOptions.strict()), "IQi.001");

        assertThat(saddam.names()).containsExactly(Name.primary("SADDAM HUSSEIN AL-TIKRITI"),
                new Name("صدام حسين التكريتي", NameKind.ORIGINAL_SCRIPT, "Arab", ""),
                Name.of("Abu Ali", NameKind.WEAK_AKA));
        assertThat(saddam.nationalities()).containsExactly(Country.of("Iraq"));
        assertThat(saddam.addresses()).isEmpty();
        assertThat(saddam.dates()).containsExactly(PartyDate.of(DateKind.BIRTH,
                new PartialDate(1937, 4, 28, false), "1937-04-28"));
        assertThat(saddam.remarks()).isEqualTo("Place of birth: al-Awja, near Tikrit, Iraq");
        Designation d = saddam.designations().get(0);
        assertThat(d.program()).isEqualTo("UN Iraq");
        assertThat(d.authority()).isEqualTo("UN Security Council");
        assertThat(d.listedOn()).contains(LocalDate.of(2003, 6, 27));
        assertThat(d.sourceRecord()).isEqualTo("IQi.001");
    }

    @Test
    void keepsTheCyrillicNameAliasesDatesAndPassport() throws Exception {
        Party umarov = byId(importer.read(fixture(), ImportOptions.strict()), "QDi.290");

        assertThat(umarov.names()).extracting(Name::value, Name::kind, Name::script).containsExactly(
                tuple("DOKU KHAMATOVICH UMAROV", NameKind.PRIMARY, "Latn"),
                tuple("Умаров Доку Хаматович", NameKind.ORIGINAL_SCRIPT, "Cyrl"),
                tuple("Lom-ali Butayev (Butaev)", NameKind.AKA, "Latn"),
                tuple("Dokka Umarov", NameKind.AKA, "Latn"));
        assertThat(umarov.nationalities()).extracting(Country::code, Country::name)
                .containsExactly(tuple("RU", "Russian Federation"), tuple("", "former Soviet Union"));
        assertThat(umarov.dates()).extracting(PartyDate::from).containsExactly(new PartialDate(1964, 4, 13, false),
                new PartialDate(1955, 0, 0, false));
        assertThat(umarov.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "Passport",
                "96 03 464086", Optional.of(Country.of("Russian Federation"))));
        assertThat(umarov.remarks()).isEqualTo("Resides in the Russian Federation as at Nov. 2010. Reportedly deceased"
                + " as of April 2014.\nPlace of birth: Kharsenoy Village, Shatoyskiy (Sovetskiy) District,"
                + " Chechenskaya Respublika, Russian Federation");
        assertThat(umarov.designations().get(0).program()).isEqualTo("UN Al-Qaida");
    }

    @Test
    void readsRangesApproximateYearsWrappedLabelsAndOffsetDates() throws Exception {
        Party p = byId(importer.read(fixture(), ImportOptions.strict()), "XXi.001");

        assertThat(p.primaryName().value()).isEqualTo("EXAMPLE PERSON ONE TWO");
        assertThat(p.names()).hasSize(1);
        assertThat(p.nationalities()).isEmpty();
        assertThat(p.dates()).containsExactly(
                new PartyDate(DateKind.BIRTH, new PartialDate(1973, 0, 0, false),
                        new PartialDate(1974, 0, 0, false), "1973 to 1974"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1970, 0, 0, true), "approximately 1970"));
        assertThat(p.identifiers()).containsExactly(new Identifier(IdentifierType.NATIONAL_ID,
                "National Identification Number", "X-0000001", Optional.of(new Country("TR", "Türkiye"))));
        assertThat(p.designations().get(0).listedOn()).contains(LocalDate.of(2015, 4, 7));
        assertThat(p.remarks()).isEqualTo("Title: Dr.\nDesignation: Bank official\nGender: Female");
    }

    @Test
    void mapsAnEntityWithFormerNameAndAddress() throws Exception {
        Party e = byId(importer.read(fixture(), ImportOptions.strict()), "XXe.001");

        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("EXAMPLE TRADING COMPANY", NameKind.PRIMARY), tuple("EXAMPLE IMPORT HOUSE", NameKind.FKA),
                tuple("شركة المثال التجارية", NameKind.AKA));
        assertThat(e.addresses()).containsExactly(new Address("P.O. Box 14", "Tripoli", "", "1001",
                Optional.of(Country.of("Libya"))));
        assertThat(e.remarks()).isEqualTo("Founded in 1995.");
        assertThat(e.designations().get(0).program()).isEqualTo("UN Libya");
    }

    @Test
    void refusesADoctypeAndReadsNothingFromDisk() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS>"
                + "<INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>"
                + "<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("xxe.xml")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void refusesAnEntityExpansionBomb() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doc.append("]>\n<CONSOLIDATED_LIST>&lol9;</CONSOLIDATED_LIST>\n");
        Path file = dir.resolve("bomb.xml");
        Files.writeString(file, doc);

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bomb.xml");
    }

    @Test
    void aFileCutOffInTheMiddleFailsWithItsLineInEitherMode() throws Exception {
        String xml = Files.readString(fixture(), StandardCharsets.UTF_8);
        Path file = dir.resolve("cut.xml");
        Files.writeString(file, xml.substring(0, xml.indexOf("<REFERENCE_NUMBER>XXi.001")));

        for (ImportOptions options : new ImportOptions[] {ImportOptions.strict(), ImportOptions.lenient()}) {
            assertThatThrownBy(() -> importer.read(file, options))
                    .isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("cut.xml");
                        assertThat(p.line()).isGreaterThan(90);
                        assertThat(p.message()).contains("truncated");
                    }));
        }
    }

    @Test
    void aFileCutOffBetweenEntriesIsStillTruncated() throws Exception {
        String xml = Files.readString(fixture(), StandardCharsets.UTF_8);
        Path file = dir.resolve("cut.xml");
        Files.writeString(file, xml.substring(0, xml.indexOf("  <ENTITIES>")));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("cut.xml:");
    }

    @Test
    void refusesAnSdnXmlFileAsTheWrongFormat() throws Exception {
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">"
                + "<publshInformation><Publish_Date>03/01/2019</Publish_Date></publshInformation>"
                + "<sdnEntry><uid>36</uid><lastName>AEROCARIBBEAN AIRLINES</lastName></sdnEntry></sdnList>\n");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("sdn.xml:2")
                .hasMessageContaining("not a UN consolidated list: the root element is <sdnList>");
    }

    @Test
    void refusesEmptyFilesAndListsWithoutEntries() throws Exception {
        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "");
        Path noEntries = dir.resolve("none.xml");
        Files.writeString(noEntries, "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS/>"
                + "<ENTITIES/></CONSOLIDATED_LIST>");

        assertThatThrownBy(() -> importer.read(empty, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.xml: the file is empty");
        assertThatThrownBy(() -> importer.read(noEntries, ImportOptions.lenient())).isInstanceOf(ImportException.class)
                .hasMessageContaining("none.xml: no entries read");
    }

    @Test
    void aMalformedDateOfBirthNamesItsElementAndLine() throws Exception {
        String xml = Files.readString(fixture(), StandardCharsets.UTF_8).replace("<DATE>1964-04-13</DATE>",
                "<DATE>13 Quintober 1964</DATE>");
        Path file = dir.resolve("bad-date.xml");
        Files.writeString(file, xml);
        long line = xml.substring(0, xml.indexOf("Quintober")).lines().count();

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict())).isInstanceOf(ImportException.class);
        ImportResult lenient = importer.read(file, ImportOptions.lenient());

        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("IQi.001", "XXi.001", "XXe.001");
        assertThat(lenient.skipped()).singleElement().satisfies(p -> {
            assertThat(p).isEqualTo(new ImportProblem("bad-date.xml", line, "INDIVIDUAL_DATE_OF_BIRTH/DATE",
                    "not a date of birth: '13 Quintober 1964'"));
        });
    }

    private static Party byId(ImportResult result, String sourceId) {
        return result.parties().stream().filter(p -> p.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    private Path fixture() throws URISyntaxException {
        return Path.of(getClass().getResource("/fixtures/un/consolidated.xml").toURI());
    }
}
