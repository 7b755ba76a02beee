package org.cordon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    private static final List<String> COLUMNS = List.of("a", "b", "c");

    @TempDir
    Path dir;

    @Test
    void skipsARepeatedHeaderAndCountsLinesInsideQuotedFields() throws Exception {
        ProblemLog problems = new ProblemLog(ImportMode.LENIENT);
        List<CsvRows.Row> rows = readAll("a,b,c\na,b,c\n1,\"x\ny\",z\n2,p,q\n", problems);

        assertThat(rows).extracting(r -> r.get("a")).containsExactly("1", "2");
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(3L, 5L);
        assertThat(rows.get(0).get("b")).isEqualTo("x\ny");
        assertThat(problems.count()).isZero();
    }

    @Test
    void reportsARowWithTooFewFieldsAtItsLineAndFirstMissingColumn() throws Exception {
        ProblemLog problems = new ProblemLog(ImportMode.LENIENT);
        List<CsvRows.Row> rows = readAll("a,b,c\n1,2,3\n4,5\n6,7,8\n", problems);

        assertThat(rows).extracting(r -> r.get("a")).containsExactly("1", "6");
        assertThat(problems.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("c");
        });
    }

    @Test
    void aQuotedFieldOpenAtTheEndIsACutOffLastRow() throws Exception {
        ProblemLog problems = new ProblemLog(ImportMode.LENIENT);
        List<CsvRows.Row> rows = readAll("a,b,c\n1,2,3\n4,\"cut off", problems);

        assertThat(rows).hasSize(1);
        assertThat(problems.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("cut off");
        });
    }

    @Test
    void badQuotingInTheMiddleIsFatalBecauseTheNextRowCannotBeFound() {
        assertThatThrownBy(() -> readAll("a,b,c\n1,\"x\"y,z\n2,p,q\n", new ProblemLog(ImportMode.LENIENT)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems().get(0).line()).isEqualTo(2));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> readAll("x,y\n1,2\n", new ProblemLog(ImportMode.LENIENT)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("t.csv:1")
                .hasMessageContaining("not a Test file")
                .hasMessageContaining("[a, b, c]");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> readAll("", new ProblemLog(ImportMode.LENIENT)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void readsAHeaderAfterAByteOrderMark() throws Exception {
        List<CsvRows.Row> rows = readAll("\uFEFFa,b,c\n1,2,3\n", new ProblemLog(ImportMode.STRICT));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("a")).isEqualTo("1"));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.write(file, new byte[] {'a', ',', 'b', ',', 'c', '\n', (byte) 0xC3, (byte) 0x28, ',', '1', ',', '2', '\n'});

        assertThatThrownBy(() -> read(file, new ProblemLog(ImportMode.LENIENT)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not UTF-8");
    }

    private List<CsvRows.Row> readAll(String content, ProblemLog problems) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return read(file, problems);
    }

    private static List<CsvRows.Row> read(Path file, ProblemLog problems) throws Exception {
        List<CsvRows.Row> out = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(file, CSVFormat.DEFAULT, COLUMNS, "Test")) {
            Optional<CsvRows.Row> row;
            while ((row = rows.next(problems)).isPresent()) {
                out.add(row.get());
            }
        }
        return out;
    }
}
