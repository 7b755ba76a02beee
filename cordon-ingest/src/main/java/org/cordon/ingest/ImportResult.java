package org.cordon.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Party;

/**
 * What an import read.
 *
 * @param listId      the list the parties belong to
 * @param parties     the parties, in file order
 * @param publishedOn the publication date the source states, where it states one
 * @param sourceFiles the files read (for the content hash of the snapshot)
 * @param skipped     rows skipped in lenient mode, each with its reason
 * @param notices     things the operator should know that did not stop the import (e.g. alias rows of an OFAC
 *                    set that name no entry: files from different releases?)
 */
public record ImportResult(String listId, List<Party> parties, Optional<LocalDate> publishedOn, List<Path> sourceFiles,
                           List<ImportProblem> skipped, List<String> notices) {

    public ImportResult {
        parties = List.copyOf(parties);
        sourceFiles = List.copyOf(sourceFiles);
        skipped = List.copyOf(skipped);
        notices = List.copyOf(notices);
    }

    public ImportResult(String listId, List<Party> parties, Optional<LocalDate> publishedOn, List<Path> sourceFiles,
                        List<ImportProblem> skipped) {
        this(listId, parties, publishedOn, sourceFiles, skipped, List.of());
    }
}
