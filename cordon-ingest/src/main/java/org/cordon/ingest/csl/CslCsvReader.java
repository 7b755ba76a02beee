package org.cordon.ingest.csl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.cordon.ingest.CsvRows;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ProblemLog;

/** Reads the CSL CSV: a 29-column header (which some releases repeat as their second line), then one row per entry. */
final class CslCsvReader {

    private CslCsvReader() {}

    static void read(Path path, ProblemLog problems, Consumer<CslEntry> entries) throws ImportException {
        try (CsvRows rows = CsvRows.open(path, CSVFormat.DEFAULT, CslEntry.COLUMNS, "Consolidated Screening List CSV")) {
            Optional<CsvRows.Row> row;
            while ((row = rows.next(problems)).isPresent()) {
                entries.accept(new CslCsvEntry(row.get()));
            }
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(path.getFileName().toString(), "cannot close the file: "
                    + e.getMessage()), e);
        }
    }
}
