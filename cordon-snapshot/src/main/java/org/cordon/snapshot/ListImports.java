package org.cordon.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;

/**
 * Runs an import end to end: read the files with the format's importer, check the result, store it as a
 * version, activate it. Nothing is activated unless all of that succeeded, so a failed import leaves the
 * previous version active.
 */
public final class ListImports {

    /**
     * Refuse a new version that has fewer than this share of the active version's entries: a list that
     * suddenly halves is far more likely a truncated download than a real delisting.
     */
    public static final double DEFAULT_MIN_SHARE_OF_ACTIVE = 0.5;

    private final SnapshotStore store;

    public ListImports(SnapshotStore store) {
        this.store = store;
    }

    public SnapshotStore store() {
        return store;
    }

    /** How to run one import. */
    public record Request(ListFormat format, Path path, ImportOptions options, boolean activate, boolean allowShrink) {
        public static Request of(ListFormat format, Path path) {
            return new Request(format, path, ImportOptions.strict(), true, false);
        }
    }

    /** What one import did. */
    public record Outcome(SnapshotInfo info, boolean created, boolean activated, List<ImportProblem> skipped,
                          List<String> notices) {}

    public Outcome run(Request request) throws ImportException {
        ImportResult result = Importers.forFormat(request.format()).read(request.path(), request.options());
        if (!SnapshotStore.isListId(result.listId())) {
            throw new ImportException(ImportProblem.ofFile(request.path().getFileName().toString(),
                    "list id '" + result.listId() + "' is not a list id: lower-case letters, digits, '.', '_' or '-',"
                            + " starting with a letter or digit"));
        }
        if (result.parties().isEmpty()) {
            throw new ImportException(ImportProblem.ofFile(request.path().getFileName().toString(),
                    "no entries read: an empty list is never imported"));
        }
        Optional<SnapshotInfo> active = store.active(result.listId());
        if (!request.allowShrink() && active.isPresent()
                && result.parties().size() < active.get().entryCount() * DEFAULT_MIN_SHARE_OF_ACTIVE) {
            throw new ImportException(ImportProblem.ofFile(request.path().getFileName().toString(),
                    "read " + result.parties().size() + " entries, fewer than half of the active version "
                            + active.get().ref() + " (" + active.get().entryCount()
                            + "); refusing a likely truncated list (allow it explicitly if the list really shrank)"));
        }
        List<SourceFile> sources = ContentHash.ofAll(result.sourceFiles());
        SnapshotStore.Stored stored = store.store(result.listId(), request.format().cliName(), result.parties(),
                sources, result.publishedOn(), result.skipped().size());
        boolean activate = request.activate()
                && active.map(a -> a.version() != stored.info().version()).orElse(true);
        if (activate) {
            store.activate(result.listId(), stored.info().version());
        }
        return new Outcome(stored.info(), stored.created(), activate, result.skipped(), result.notices());
    }
}
