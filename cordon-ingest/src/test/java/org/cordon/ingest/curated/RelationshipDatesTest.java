package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Confidence;
import org.cordon.model.Party;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relationship's {@code since}, {@code until} and {@code source}: read, checked, and the same in the schema. */
class RelationshipDatesTest {

    private static final String HEADER = """
            list: {id: dated, title: Dated ties, version: "1", published: 2025-01-01}
            entries:
              - id: parent
                type: organization
                confidence: high
                names: [{value: Parent Holdings Ltd., kind: primary}]
                designations: [{program: EXAMPLE, authority: "99 FR 1", listed_on: 2019-01-01}]
            """;

    @TempDir
    Path dir;

    @Test
    void readsSinceUntilAndSourceAndTheTieHoldsOnlyBetweenThem() throws IOException, ImportException {
        Path file = write("good.yaml", HEADER + """
                  - id: brand
                    type: organization
                    confidence: high
                    names: [{value: Brand Device Co., kind: primary}]
                    relationships:
                      - kind: subsidiary_of
                        target: parent
                        share: 100
                        since: 2013-04-08
                        until: 2020-11-17
                        source: "Parent press release, Nov. 17, 2020"
                      - {kind: linked_to, target: Some Other Party}
                    designations: [{program: EXAMPLE, authority: "99 FR 2", listed_on: 2019-01-01}]
                """);

        ImportResult result = new CuratedListImporter().read(file, ImportOptions.strict());
        Party brand = result.parties().get(1);

        assertThat(brand.relationships()).containsExactly(
                new Relationship(RelationKind.SUBSIDIARY_OF, "Parent Holdings Ltd.", "dated/parent", Optional.of(100.0),
                        Confidence.HIGH, Optional.of(LocalDate.of(2013, 4, 8)), Optional.of(LocalDate.of(2020, 11, 17)),
                        "Parent press release, Nov. 17, 2020"),
                new Relationship(RelationKind.LINKED_TO, "Some Other Party", "", Optional.empty(), Confidence.HIGH));
        Relationship tie = brand.relationships().get(0);
        assertThat(tie.inForceOn(LocalDate.of(2013, 4, 7))).isFalse();
        assertThat(tie.inForceOn(LocalDate.of(2013, 4, 8))).isTrue();
        assertThat(tie.inForceOn(LocalDate.of(2020, 11, 16))).isTrue();
        assertThat(tie.inForceOn(LocalDate.of(2020, 11, 17))).isFalse();
        assertThat(brand.relationships().get(1).inForceOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(CuratedListSchema.violations(file)).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsReportedWithLineAndField() throws IOException {
        Path file = write("bad-date.yaml", HEADER + """
                  - id: brand
                    type: organization
                    confidence: high
                    names: [{value: Brand Device Co., kind: primary}]
                    relationships:
                      - {kind: subsidiary_of, target: parent, since: 17 Nov 2020, until: 2021-02-30}
                    designations: [{program: EXAMPLE, authority: "99 FR 2", listed_on: 2019-01-01}]
                """);

        ImportException e = failure(file);

        assertThat(e.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field,
                ImportProblem::message).containsExactlyInAnyOrder(
                tuple("bad-date.yaml", 8L, "entries[1].relationships[0].since",
                        "'17 Nov 2020' is not a date in ISO form (yyyy-mm-dd)"),
                tuple("bad-date.yaml", 8L, "entries[1].relationships[0].until",
                        "'2021-02-30' is not a date in ISO form (yyyy-mm-dd)"));
        assertThat(CuratedListSchema.violations(file)).isNotEmpty();
    }

    @Test
    void untilBeforeSinceIsRefusedAndALenientImportSkipsTheEntry() throws IOException, ImportException {
        Path file = write("reversed.yaml", HEADER + """
                  - id: brand
                    type: organization
                    confidence: high
                    names: [{value: Brand Device Co., kind: primary}]
                    relationships:
                      - {kind: subsidiary_of, target: parent, since: 2020-11-17, until: 2013-04-08, source: A filing}
                    designations: [{program: EXAMPLE, authority: "99 FR 2", listed_on: 2019-01-01}]
                """);

        ImportException e = failure(file);

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::message)
                .containsExactly(tuple(8L, "entries[1].relationships[0].until", "2013-04-08 is before since 2020-11-17"));
        ImportResult lenient = new CuratedListImporter().read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("parent");
    }

    @Test
    void aMisspeltRelationshipFieldIsStillUnknown() throws IOException {
        Path file = write("misspelt.yaml", HEADER + """
                  - id: brand
                    type: organization
                    confidence: high
                    names: [{value: Brand Device Co., kind: primary}]
                    relationships:
                      - {kind: subsidiary_of, target: parent, from: 2020-11-17}
                    designations: [{program: EXAMPLE, authority: "99 FR 2", listed_on: 2019-01-01}]
                """);

        ImportException e = failure(file);

        assertThat(e.problems()).extracting(ImportProblem::field).containsExactly("entries[1].relationships[0].from");
        assertThat(e.problems().get(0).message()).contains("since").contains("until").contains("source");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static ImportException failure(Path file) {
        return catchThrowableOfType(ImportException.class,
                () -> new CuratedListImporter().read(file, ImportOptions.strict()));
    }
}
