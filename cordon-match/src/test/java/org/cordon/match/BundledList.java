package org.cordon.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
import org.cordon.lists.BundledLists;
import org.cordon.model.Party;

/** The bundled curated list, imported as the CLI does, and a screener over it; built once for all tests. */
public final class BundledList {

    private static List<Party> parties;
    private static Screener screener;

    private BundledList() {}

    public static synchronized List<Party> parties() {
        if (parties == null) {
            try {
                Path dir = Files.createTempDirectory("cordon-bundled");
                Path file = BundledLists.copyCoveredTelecomTo(dir);
                ImportResult r = Importers.forFormat(ListFormat.CURATED).read(file, ImportOptions.strict());
                parties = List.copyOf(r.parties());
                Files.delete(file);
                Files.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ImportException e) {
                throw new IllegalStateException("the bundled list does not import: " + e.getMessage(), e);
            }
        }
        return parties;
    }

    public static synchronized Screener screener() {
        if (screener == null) {
            screener = Screener.builder().add(BundledLists.COVERED_TELECOM_LIST_ID + "@1", parties()).build();
        }
        return screener;
    }
}
