package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListImporter;
import org.cordon.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed legacy CSV: every problem names file, line and field; strict fails, lenient skips and reports. */
class LegacyCsvBadInputTest {

    private static final String N = "-0- ";
    private static final String GOOD_1 = "36,\"AEROCARIBBEAN AIRLINES\"," + N + ",\"CUBA\"," + nulls(7) + N;
    private static final String GOOD_2 = "173,\"ANGLO-CARIBBEAN CO., LTD.\"," + N + ",\"CUBA\"," + nulls(7) + N;
    private static final String GOOD_3 = "306,\"BANCO NACIONAL DE CUBA\"," + N + ",\"CUBA\"," + nulls(7)
            + "\"a.k.a. 'BNC'.\"";

    @TempDir
    Path dir;

    private static String nulls(int n) {
        return (N + ",").repeat(n);
    }

    private Path write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\r\n", lines) + "\r\n\u001A", StandardCharsets.UTF_8);
        return dir;
    }

    private ImportProblem strictProblem(ListImporter importer) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.read(dir, ImportOptions.strict()));
        assertThat(e).as("strict import must fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private ImportResult lenient() throws ImportException {
        return new OfacSdnCsvImporter().read(dir, ImportOptions.lenient());
    }

    @Test
    void aRowWithTheWrongNumberOfColumns() throws Exception {
        write("sdn.csv", GOOD_1, "173,\"ANGLO-CARIBBEAN CO., LTD.\"," + N + ",\"CUBA\"", GOOD_3);
        assertThat(strictProblem(new OfacSdnCsvImporter()))
                .isEqualTo(new ImportProblem("sdn.csv", 2, "Title", "row has 4 columns, expected 12 (ent_num, "
                        + "SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, "
                        + "Vess_owner, Remarks)"));
        ImportResult lenient = lenient();
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("36", "306");
        assertThat(lenient.skipped()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Title"));
    }

    @Test
    void aNonNumericEntNum() throws Exception {
        write("sdn.csv", GOOD_1, GOOD_2.replace("173,", "17x,"), GOOD_3);
        ImportProblem p = strictProblem(new OfacSdnCsvImporter());
        assertThat(p.file()).isEqualTo("sdn.csv");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("ent_num");
        assertThat(p.message()).contains("'17x'");
        assertThat(lenient().parties()).hasSize(2);
    }

    @Test
    void aDuplicatedEntNum() throws Exception {
        write("sdn.csv", GOOD_1, GOOD_2, GOOD_1.replace("AEROCARIBBEAN", "OTHER"));
        ImportProblem p = strictProblem(new OfacSdnCsvImporter());
        assertThat(p).isEqualTo(new ImportProblem("sdn.csv", 3, "ent_num", "duplicate ent_num 36, first on line 1"));
        assertThat(lenient().parties()).extracting(Party::sourceId).containsExactly("36", "173");
        assertThat(lenient().parties().get(0).primaryName().value()).isEqualTo("AEROCARIBBEAN AIRLINES");
    }

    @Test
    void aTruncatedFileEndingInsideAQuote() throws Exception {
        Files.writeString(dir.resolve("sdn.csv"), GOOD_1 + "\r\n" + GOOD_2 + "\r\n"
                + "306,\"BANCO NACIONAL DE CUBA\"," + N + ",\"CUBA\"," + nulls(7) + "\"a.k.a. 'BN");
        ImportProblem p = strictProblem(new OfacSdnCsvImporter());
        assertThat(p.file()).isEqualTo("sdn.csv");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("Remarks");
        assertThat(p.message()).contains("unterminated");
        ImportResult lenient = lenient();
        assertThat(lenient.parties()).extracting(Party::sourceId).containsExactly("36", "173");
        assertThat(lenient.skipped()).hasSize(1);
    }

    @Test
    void aStrayQuoteMidFileFailsEvenWhenLenient() throws Exception {
        write("sdn.csv", GOOD_1, "173,\"ANGLO\"CARIBBEAN\"," + N + ",\"CUBA\"," + nulls(7) + N, GOOD_3);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new OfacSdnCsvImporter().read(dir, ImportOptions.lenient()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sdn.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void lineNumbersCountTheLinesInsideQuotedFields() throws Exception {
        write("sdn.csv", GOOD_1, "173,\"ANGLO\r\nCARIBBEAN\"," + N + ",\"CUBA\"," + nulls(7) + N, "", "bad");
        assertThat(lenient().skipped()).extracting(ImportProblem::line).containsExactly(5L);
        assertThat(lenient().parties()).hasSize(2);
    }

    @Test
    void anEndOfFileMarkInTheMiddleIsAMalformedRow() throws Exception {
        write("sdn.csv", GOOD_1, "\u001A", GOOD_2);
        assertThat(strictProblem(new OfacSdnCsvImporter())).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("SDN_Name");
        });
    }

    @Test
    void anEmptyPrimaryFileFailsInBothModes() throws Exception {
        Files.writeString(dir.resolve("sdn.csv"), "\u001A");
        for (ImportOptions options : List.of(ImportOptions.strict(), ImportOptions.lenient())) {
            assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, options))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
                            .isEqualTo(new ImportProblem("sdn.csv", 1, "ent_num", "empty file: no entries")));
        }
    }

    @Test
    void aTabSeparatedFileIsNotImportedAsAnEmptyList() throws Exception {
        write("sdn.csv", "36\tAEROCARIBBEAN AIRLINES\t-0-\tCUBA", "173\tANGLO-CARIBBEAN CO., LTD.\t-0-\tCUBA");
        for (ImportOptions options : List.of(ImportOptions.strict(), ImportOptions.lenient())) {
            ImportException e = catchThrowableOfType(ImportException.class,
                    () -> new OfacSdnCsvImporter().read(dir, options));
            assertThat(e).isNotNull();
            assertThat(e.problems()).isNotEmpty().allMatch(p -> p.file().equals("sdn.csv"));
        }
    }

    @Test
    void anXmlFileIsNotImportedAsAList() throws Exception {
        write("sdn.csv", "<?xml version=\"1.0\" standalone=\"yes\"?>",
                "<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">", "  <sdnEntry>", "    <uid>36</uid>",
                "    <lastName>AEROCARIBBEAN AIRLINES</lastName>", "  </sdnEntry>", "</sdnList>");
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class).hasMessageContaining("not an OFAC legacy CSV file");
    }

    @Test
    void aMostlyMalformedFileFailsEvenWhenLenient() throws Exception {
        write("sdn.csv", GOOD_1, "x,y", "x,y", "x,y");
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class).hasMessageContaining("3 of 4 rows are malformed");
    }

    @Test
    void aMissingPrimaryFileIsAClearError() throws Exception {
        write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\"," + N);
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, ImportOptions.strict()))
                .isInstanceOf(ImportException.class).hasMessageContaining("sdn.csv").hasMessageContaining("missing");
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir.resolve("nothing-here"), ImportOptions.strict()))
                .isInstanceOf(ImportException.class).hasMessageContaining("does not exist");
    }

    @Test
    void problemsInTheJoinedFilesNameTheirFileAndField() throws Exception {
        write("sdn.csv", GOOD_1, GOOD_2);
        write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\"," + N, "173,57,\"bogus\",\"AVIA IMPORT\"," + N);
        write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\"," + N, "36,26,-0- ,\"Havana\",\"Cuba\"",
                "abc,27,-0- ,\"Havana\",\"Cuba\"," + N, "173,28,-0- ,\"London\",\"United Kingdom\"," + N);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new OfacSdnCsvImporter().read(dir, ImportOptions.strict()));
        assertThat(e.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("alt.csv", 2L, "alt_type"),
                        org.assertj.core.groups.Tuple.tuple("add.csv", 2L, "Add_remarks"),
                        org.assertj.core.groups.Tuple.tuple("add.csv", 3L, "ent_num"));
        ImportResult lenient = lenient();
        assertThat(lenient.parties()).hasSize(2);
        assertThat(lenient.skipped()).hasSize(3);
        assertThat(OfacFixtures.party(lenient, "36").names()).hasSize(2);
        assertThat(OfacFixtures.party(lenient, "36").addresses()).hasSize(1);
    }

    @Test
    void aJoinedFileOfAnotherFormatFailsEvenWhenLenient() throws Exception {
        write("sdn.csv", GOOD_1, GOOD_2);
        write("alt.csv", "36\t12\taka\tAERO-CARIBBEAN", "173\t57\taka\tAVIA IMPORT");
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class).hasMessageContaining("alt.csv: 2 of 2 rows are malformed");
    }

    @Test
    void theNonSdnImporterReportsItsOwnFiles() throws Exception {
        write("cons_prim.csv", GOOD_1, GOOD_2.replace("173,", "x,"));
        ImportProblem p = strictProblem(new OfacNonSdnCsvImporter());
        assertThat(p.file()).isEqualTo("cons_prim.csv");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("ent_num");
        assertThatThrownBy(() -> new OfacSdnCsvImporter().read(dir, ImportOptions.strict()))
                .hasMessageContaining("sdn.csv");
    }
}
