package org.cordon.ingest.dpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.cordon.ingest.CsvRows;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ImportResults;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.UniqueSourceIds;

/**
 * Reads the BIS Denied Persons List ({@code dpl.txt}): tab-separated, every field quoted, dates month first.
 * One party per row; a person denied at several addresses is on several rows and so becomes several parties,
 * as the list has it.
 */
public final class DeniedPersonsImporter implements ListImporter {

    static final List<String> COLUMNS = List.of("Name", "Street_Address", "City", "State", "Country", "Postal_Code",
            "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation");
    private static final CSVFormat TAB_SEPARATED = CSVFormat.DEFAULT.builder().setDelimiter('\t').get();

    @Override
    public ListFormat format() {
        return ListFormat.DPL;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String listId = options.listIdOr(format().defaultListId());
        ProblemLog problems = new ProblemLog(options.mode());
        UniqueSourceIds parties = new UniqueSourceIds();
        DeniedPersonMapper mapper = new DeniedPersonMapper(listId);
        try (CsvRows rows = CsvRows.open(path, TAB_SEPARATED, COLUMNS, "Denied Persons List")) {
            Optional<CsvRows.Row> row;
            while ((row = rows.next(problems)).isPresent()) {
                try {
                    parties.add(mapper.toParty(row.get()), DeniedPersonMapper.qualifier(row.get()));
                } catch (MalformedField f) {
                    problems.skip(f.toProblem(rows.file(), row.get().line()));
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(rows.file(), row.get().line()));
                }
            }
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(path.getFileName().toString(), "cannot close the file: "
                    + e.getMessage()), e);
        }
        return ImportResults.complete(path.getFileName().toString(), listId, parties.parties(), Optional.empty(),
                List.of(path), problems);
    }
}
