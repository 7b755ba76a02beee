package org.cordon.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a snapshot is: its list, version, where it came from and how big it is.
 *
 * @param listId      the list
 * @param format      the format it was read from ({@code ofac-sdn}, {@code csl}...)
 * @param version     1, 2, 3... in import order
 * @param contentHash hex SHA-256 over the source files' names and hashes; the same files give the same hash
 * @param importedAt  when it was imported
 * @param publishedOn the publication date the source states, where it states one
 * @param entryCount  number of parties
 * @param sources     the files read
 * @param skippedRows rows skipped in a lenient import (0 for strict)
 */
public record SnapshotInfo(String listId, String format, int version, String contentHash, Instant importedAt,
                           Optional<LocalDate> publishedOn, int entryCount, List<SourceFile> sources, int skippedRows) {

    public SnapshotInfo {
        sources = List.copyOf(sources);
    }

    /** {@code list@version}, the way versions are addressed on the command line. */
    public String ref() {
        return listId + "@" + version;
    }

    /** The first 12 hex digits of the content hash. */
    public String shortHash() {
        return contentHash.substring(0, Math.min(12, contentHash.length()));
    }
}
