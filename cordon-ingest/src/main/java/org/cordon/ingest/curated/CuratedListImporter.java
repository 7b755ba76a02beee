package org.cordon.ingest.curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.ProblemLog;

/**
 * Reads a Cordon curated list (YAML or JSON, see {@code docs/curated-lists.md}) into parties.
 *
 * <p>The list id comes from the file's {@code list.id} unless {@link ImportOptions#listId()} overrides it, and the
 * publication date from {@code list.published}. A file that is not a curated list, or whose header is broken,
 * always fails. A broken entry fails a strict import; a lenient one skips the entry and reports each of its
 * problems with the entry's line and the field path ({@code entries[3].designations[0].authority}).
 *
 * <p>Example:
 * <pre>{@code
 * ImportResult covered = new CuratedListImporter().read(Path.of("covered-telecom.yaml"), ImportOptions.strict());
 * }</pre>
 */
public final class CuratedListImporter implements ListImporter {

    @Override
    public ListFormat format() {
        return ListFormat.CURATED;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new ImportException(ImportProblem.ofFile(file, "not a file: a curated list is one YAML or JSON file"));
        }
        CuratedDocument document = new CuratedDocument(path, syntaxOf(path, file));
        // Two passes, so that the header may follow the entries (as in JSON written with sorted keys).
        ListHeader header = document.readHeader();
        EntryReader reader = new EntryReader(file, options.listIdOr(header.id()));
        List<ReadEntry> entries = new ArrayList<>();
        document.readEntries((index, line, node) -> entries.add(reader.read(index, line, node)));

        ListAssembly.Result assembled = new ListAssembly(file).assemble(entries);
        ProblemLog log = new ProblemLog(options.mode());
        assembled.rejected().forEach(r -> r.problems().forEach(log::skip));
        List<ImportProblem> skipped = log.finish();
        if (assembled.parties().isEmpty()) {
            throw new ImportException(skipped);
        }
        return new ImportResult(options.listIdOr(header.id()), assembled.parties(), Optional.of(header.published()),
                List.of(path), skipped);
    }

    private static CuratedSyntax syntaxOf(Path path, String file) throws ImportException {
        try {
            return CuratedSyntax.of(path);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read: " + e.getMessage()), e);
        }
    }
}
