package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CuratedListImporterTest {

    private final CuratedListImporter importer = new CuratedListImporter();

    @Test
    void readsTheCuratedFormat() {
        assertThat(importer.format()).isEqualTo(ListFormat.CURATED);
    }

    @Nested
    class ValidYaml {

        private final ImportResult result = read("valid.yaml", ImportOptions.strict());

        @Test
        void takesListIdAndPublicationDateFromTheHeader() {
            assertThat(result.listId()).isEqualTo("test-curated");
            assertThat(result.publishedOn()).contains(LocalDate.of(2025, 6, 30));
            assertThat(result.sourceFiles()).containsExactly(CuratedFixtures.path("valid.yaml"));
            assertThat(result.skipped()).isEmpty();
        }

        @Test
        void keepsEntriesInFileOrderWithTheirTypesAndConfidence() {
            assertThat(result.parties()).extracting(Party::sourceId, Party::type, Party::confidence).containsExactly(
                    tuple("northwind-radio", PartyType.ORGANIZATION, Confidence.HIGH),
                    tuple("northwind-device", PartyType.ORGANIZATION, Confidence.MEDIUM),
                    tuple("ms-anna-vale", PartyType.PERSON, Confidence.HIGH),
                    tuple("north-star", PartyType.VESSEL, Confidence.LOW));
            assertThat(result.parties()).allSatisfy(p -> assertThat(p.listId()).isEqualTo("test-curated"));
        }

        @Test
        void putsThePrimaryNameFirstAndKeepsKindLanguageAndScript() {
            Party radio = party(result, "northwind-radio");

            assertThat(radio.primaryName().value()).isEqualTo("Northwind Radio Co., Ltd.");
            assertThat(radio.names()).extracting(Name::value, Name::kind, Name::language, Name::script).containsExactly(
                    tuple("Northwind Radio Co., Ltd.", NameKind.PRIMARY, "", "Latn"),
                    tuple("Northwind", NameKind.WEAK_AKA, "", "Latn"),
                    tuple("北风无线电有限公司", NameKind.ORIGINAL_SCRIPT, "zh-Hans", "Hani"),
                    tuple("北風無線電有限公司", NameKind.ORIGINAL_SCRIPT, "zh-Hant", "Hant"),
                    tuple("Northwind Wireless Corporation", NameKind.FKA, "", "Latn"));
            assertThat(party(result, "ms-anna-vale").names().get(1))
                    .isEqualTo(new Name("Анна Вале", NameKind.AKA, "Cyrl", "ru"));
        }

        @Test
        void readsCountryIdentifiersAndAddresses() {
            Party radio = party(result, "northwind-radio");
            Country china = Country.of("CN");

            assertThat(radio.nationalities()).containsExactly(china);
            assertThat(radio.identifiers()).containsExactly(
                    new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "", "91440300000000000X", Optional.of(china)),
                    new Identifier(IdentifierType.OTHER, "Shenzhen Stock Exchange code", "000063", Optional.empty()));
            assertThat(radio.addresses()).containsExactly(
                    new Address("1 Example Road", "Shenzhen", "Guangdong", "518000", Optional.of(china)));
            assertThat(party(result, "north-star").identifiers()).containsExactly(Identifier.of(IdentifierType.IMO, "9999999"));
        }

        @Test
        void readsEveryDesignationFieldAndDefaultsConfidenceToTheEntry() {
            Designation entity = party(result, "northwind-radio").designations().get(0);
            Designation denial = party(result, "northwind-radio").designations().get(1);

            assertThat(entity).isEqualTo(Designation.builder("test-curated", "EXAMPLE_ENTITY_LIST")
                    .authority("99 FR 12345 (Jan. 2, 2025)").listedOn(LocalDate.of(2025, 1, 2))
                    .licenceRequirement("All items subject to the EAR").licencePolicy("Presumption of denial")
                    .sourceRecord("https://example.org/fr/99-12345").confidence(Confidence.HIGH).build());
            assertThat(denial.liftedOn()).contains(LocalDate.of(2025, 4, 1));
            assertThat(denial.expiresOn()).contains(LocalDate.of(2032, 2, 1));
            assertThat(denial.confidence()).isEqualTo(Confidence.LOW);
            assertThat(denial.note()).isEqualTo("Terminated after a settlement.");
            assertThat(party(result, "northwind-device").designations().get(0).confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(party(result, "north-star").designations().get(0).confidence()).isEqualTo(Confidence.HIGH);
        }

        @Test
        void resolvesEntryIdTargetsForwardAndBackwardAndKeepsNameTargets() {
            assertThat(party(result, "northwind-radio").relationships()).containsExactly(
                    new Relationship(RelationKind.OWNED_BY, "Northwind Holdings", "", Optional.of(51.5), Confidence.MEDIUM),
                    new Relationship(RelationKind.LINKED_TO, "Anna Vale", "test-curated/ms-anna-vale", Optional.empty(),
                            Confidence.HIGH));
            assertThat(party(result, "northwind-device").relationships()).containsExactly(
                    new Relationship(RelationKind.SUBSIDIARY_OF, "Northwind Radio Co., Ltd.", "test-curated/northwind-radio",
                            Optional.of(100.0), Confidence.MEDIUM));
        }

        @Test
        void appendsTheSourcesToTheRemarks() {
            assertThat(party(result, "northwind-radio").remarks())
                    .isEqualTo("Fictional.\nSources: https://example.org/northwind");
        }
    }

    @Test
    void aListIdOptionOverridesTheFileAndReachesDesignationsAndRelationships() {
        ImportResult result = read("valid.yaml", ImportOptions.strict().withListId("renamed"));

        Party device = party(result, "northwind-device");
        assertThat(result.listId()).isEqualTo("renamed");
        assertThat(device.id()).isEqualTo("renamed/northwind-device");
        assertThat(device.designations()).extracting(Designation::listId).containsOnly("renamed");
        assertThat(device.relationships().get(0).targetId()).isEqualTo("renamed/northwind-radio");
    }

    @Test
    void readsJsonWithTheHeaderAfterTheEntries() {
        ImportResult result = read("valid.json", ImportOptions.strict());

        assertThat(result.listId()).isEqualTo("test-curated-json");
        assertThat(result.publishedOn()).contains(LocalDate.of(2024, 4, 1));
        Party relay = party(result, "south-relay");
        assertThat(relay.names()).extracting(Name::language).containsExactly("", "zh-Hans");
        assertThat(relay.nationalities()).containsExactly(Country.of("HK"));
        assertThat(relay.relationships()).containsExactly(new Relationship(RelationKind.RELABELS_PRODUCTS_OF,
                "South Relay Holdings Ltd.", "test-curated-json/south-relay-parent", Optional.empty(), Confidence.LOW));
        assertThat(relay.designations().get(0).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(relay.designations().get(0).liftedOn()).isEmpty();
    }

    @Test
    void tellsJsonFromYamlByContentWhenTheExtensionSaysNothing(@TempDir Path dir) throws Exception {
        Path json = Files.copy(CuratedFixtures.path("valid.json"), dir.resolve("covered.list"));
        Path yaml = Files.copy(CuratedFixtures.path("valid.yaml"), dir.resolve("covered.txt"));

        assertThat(importer.read(json, ImportOptions.strict()).listId()).isEqualTo("test-curated-json");
        assertThat(importer.read(yaml, ImportOptions.strict()).listId()).isEqualTo("test-curated");
    }

    @Test
    void readsAListInsideAJarThroughItsPath(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("lists.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path inside = zip.getPath("org", "example", "valid.yaml");
            Files.createDirectories(inside.getParent());
            Files.copy(CuratedFixtures.path("valid.yaml"), inside);

            assertThat(importer.read(inside, ImportOptions.strict()).parties()).hasSize(4);
        }
    }

    @Nested
    class BrokenEntries {

        /** Field path and line of each problem in broken-entries.yaml; each entry starts on the line given. */
        private final List<org.assertj.core.groups.Tuple> expected = List.of(
                tuple(15L, "entries[1].designations[0].authority"),
                tuple(23L, "entries[2].type"),
                tuple(23L, "entries[2].names[1].kind"),
                tuple(31L, "entries[3].designations[0].listed_on"),
                tuple(37L, "entries[4].id"),
                tuple(43L, "entries[5].relationships[0].target"),
                tuple(50L, "entries[6].designations[0].listed_in"),
                tuple(63L, "entries[8].names"));

        @Test
        void strictImportFailsWithEveryProblemNamingFileLineAndField() {
            ImportException e = failure("broken-entries.yaml", ImportOptions.strict());

            assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(e.problems()).extracting(ImportProblem::file).containsOnly("broken-entries.yaml");
        }

        @Test
        void problemsSayWhatIsWrong() {
            Map<String, String> messages = new java.util.HashMap<>();
            failure("broken-entries.yaml", ImportOptions.strict()).problems()
                    .forEach(p -> messages.put(p.field(), p.message()));

            assertThat(messages.get("entries[1].designations[0].authority")).startsWith("is required: every designation cites");
            assertThat(messages.get("entries[2].type")).isEqualTo(
                    "unknown party type 'company'; expected one of organization, person, vessel, aircraft");
            assertThat(messages.get("entries[2].names[1].kind")).startsWith("unknown name kind 'alias'");
            assertThat(messages.get("entries[3].designations[0].listed_on"))
                    .isEqualTo("'2019-02-30' is not a date in ISO form (yyyy-mm-dd)");
            assertThat(messages.get("entries[4].id")).isEqualTo(
                    "duplicate id 'good-one'; the entry at line 9 has it already");
            assertThat(messages.get("entries[5].relationships[0].target")).startsWith("no entry with id 'no-such-entry'");
            assertThat(messages.get("entries[6].designations[0].listed_in")).startsWith("unknown field; expected one of");
            assertThat(messages.get("entries[8].names")).isEqualTo("is required");
        }

        @Test
        void lenientImportSkipsBrokenEntriesAndReportsThem() {
            ImportResult result = read("broken-entries.yaml", ImportOptions.lenient());

            assertThat(result.parties()).extracting(Party::sourceId).containsExactly("good-one", "child-of-rejected");
            assertThat(result.skipped()).extracting(ImportProblem::line, ImportProblem::field)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void aRelationshipToARejectedEntryKeepsItsNameButNoId() {
            Party child = party(read("broken-entries.yaml", ImportOptions.lenient()), "child-of-rejected");

            assertThat(child.relationships()).containsExactly(new Relationship(RelationKind.SUBSIDIARY_OF,
                    "No Authority Ltd.", "", Optional.empty(), Confidence.HIGH));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top-level-array.json | 1 | not a Cordon curated list: the document is a list",
        "other-mapping.yaml   | 1 | not a Cordon curated list: unknown top-level key 'version'",
        "empty.yaml           | 0 | the file is empty",
        "no-entries.yaml      | 6 | is empty; a curated list has at least one entry",
        "two-documents.yaml   | 13 | more than one document",
        "malformed.yaml       | 8 | not valid YAML",
        "duplicate-key.yaml   | 15 | not valid YAML: Duplicate field 'lifted_on'",
    })
    void refusesWhatIsNotACuratedListInEitherMode(String fixture, long line, String message) {
        for (ImportOptions options : List.of(ImportOptions.strict(), ImportOptions.lenient())) {
            ImportException e = failure(fixture, options);

            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).line()).as("line").isEqualTo(line);
            assertThat(e.problems().get(0).message()).startsWith(message);
        }
    }

    @ParameterizedTest
    @EnumSource(org.cordon.ingest.ImportMode.class)
    void aBrokenHeaderIsFatalAndEveryProblemInItIsNamed(org.cordon.ingest.ImportMode mode) {
        ImportException e = failure("bad-header.yaml", new ImportOptions("", mode, ImportOptions.DEFAULT_MAX_UNCOMPRESSED));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(2L, "list.id", "is required"),
                        tuple(2L, "list.version", "must be text (quote 3 in YAML)"),
                        tuple(2L, "list.published", "'1 May 2025' is not a date in ISO form (yyyy-mm-dd)"));
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.read(dir.resolve("absent.yaml"), ImportOptions.strict()));

        assertThat(e.problems()).extracting(ImportProblem::file).containsExactly("absent.yaml");
    }

    @Test
    void aLenientImportWithNoGoodEntryFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("all-bad.yaml");
        Files.writeString(file, """
                list: {id: all-bad, title: All bad, version: "1", published: 2025-01-01}
                entries:
                  - {id: one, type: organization, confidence: high, names: [{value: One, kind: primary}]}
                """);

        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read(file, ImportOptions.lenient()));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(3L, "entries[0].designations"));
    }

    @Test
    void anEntryNeedsExactlyOnePrimaryName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("primaries.yaml");
        Files.writeString(file, """
                list: {id: primaries, title: Primaries, version: "1", published: 2025-01-01}
                entries:
                  - id: none
                    type: organization
                    confidence: high
                    names: [{value: Only An Alias, kind: aka}]
                    designations: [{program: P, authority: A}]
                  - id: two
                    type: organization
                    confidence: high
                    names: [{value: First, kind: primary}, {value: Second, kind: primary}]
                    designations: [{program: P, authority: A}]
                """);

        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read(file, ImportOptions.strict()));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::message)
                .containsExactly(
                        tuple(3L, "entries[0].names", "has no name of kind primary; an entry has exactly one"),
                        tuple(8L, "entries[1].names[1].kind",
                                "a second primary name ('Second' after 'First'); an entry has exactly one"));
    }

    @Test
    void checksDatesCountriesSharesAndUrls(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("values.yaml");
        Files.writeString(file, """
                list: {id: values, title: Values, version: "1", published: 2025-01-01}
                entries:
                  - id: values
                    type: organization
                    confidence: certain
                    names: [{value: Values Ltd., kind: primary, language: "zh_Hans"}]
                    country: China
                    identifiers: [{type: ssn, value: 123}]
                    addresses: [{}]
                    relationships: [{kind: owned_by, target: Someone Else, share: 120}]
                    designations:
                      - {program: P, authority: A, listed_on: 2020-05-01, lifted_on: 2020-04-01, source_url: www.example.org}
                    sources: [not a url]
                """);

        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read(file, ImportOptions.strict()));

        assertThat(e.problems()).extracting(ImportProblem::field).containsExactlyInAnyOrder(
                "entries[0].confidence", "entries[0].names[0].language", "entries[0].country",
                "entries[0].identifiers[0].type", "entries[0].identifiers[0].value", "entries[0].addresses[0]",
                "entries[0].relationships[0].share", "entries[0].designations[0].lifted_on",
                "entries[0].designations[0].source_url", "entries[0].sources[0]");
    }

    private ImportResult read(String fixture, ImportOptions options) {
        try {
            return importer.read(CuratedFixtures.path(fixture), options);
        } catch (ImportException e) {
            throw new AssertionError("unexpected import failure: " + e.getMessage(), e);
        }
    }

    private ImportException failure(String fixture, ImportOptions options) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.read(CuratedFixtures.path(fixture), options));
        assertThat(e).as("import of " + fixture + " fails").isNotNull();
        return e;
    }

    private static Party party(ImportResult result, String sourceId) {
        return result.parties().stream().filter(p -> p.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no party " + sourceId));
    }
}
