package org.cordon.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.registry.Importers;
import org.cordon.lists.BundledLists;
import org.cordon.policy.resolve.ListedParties;

/** The bundled curated list, imported as the CLI does, and a decision engine over it; built once for all tests. */
public final class BundledDecisions {

    private static ListedParties listed;
    private static Decisions decisions;

    private BundledDecisions() {}

    public static synchronized ListedParties listed() {
        if (listed == null) {
            try {
                Path dir = Files.createTempDirectory("cordon-bundled");
                Path file = BundledLists.copyCoveredTelecomTo(dir);
                ImportResult r = Importers.forFormat(org.cordon.ingest.ListFormat.CURATED).read(file, ImportOptions.strict());
                listed = ListedParties.builder().add(r.listId() + "@1", r.parties()).build();
                Files.delete(file);
                Files.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.cordon.ingest.ImportException e) {
                throw new IllegalStateException("the bundled list does not import: " + e.getMessage(), e);
            }
        }
        return listed;
    }

    public static synchronized Decisions decisions() {
        if (decisions == null) {
            decisions = Decisions.builder(listed()).build();
        }
        return decisions;
    }
}
