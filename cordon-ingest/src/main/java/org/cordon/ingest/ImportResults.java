package org.cordon.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Party;

/** The last step every importer shares: refuse an import that read nothing, then apply the strict/lenient rule. */
public final class ImportResults {

    private ImportResults() {}

    /**
     * @param file the file's name, for the problem when nothing was read
     * @throws ImportException when no party was read (a list is never empty: the file is empty, of another
     *                         format, or every record is malformed), or in strict mode when any record was malformed
     */
    public static ImportResult complete(String file, String listId, List<Party> parties, Optional<LocalDate> publishedOn,
                                        List<Path> sourceFiles, ProblemLog problems) throws ImportException {
        if (parties.isEmpty()) {
            List<ImportProblem> all = new ArrayList<>();
            all.add(ImportProblem.ofFile(file, "no entries read"
                    + (problems.count() > 0 ? ": every entry is malformed" : ": the file has no entries")));
            all.addAll(problems.problems());
            throw new ImportException(all);
        }
        List<ImportProblem> skipped = problems.finish();
        return new ImportResult(listId, parties, publishedOn, sourceFiles, skipped);
    }
}
