package org.cordon.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ListFormat;
import org.cordon.lists.BundledLists;

/**
 * Makes sure the curated list shipped inside Cordon is in the store. A release that ships a changed list adds
 * it as a new version and activates it; an unchanged one costs a hash of one small file. A version the user
 * activated by hand is left alone unless the shipped list itself changed.
 */
public final class BundledListInstaller {

    private BundledListInstaller() {}

    /** The id of the bundled list, also addressed as {@code bundled} on the command line. */
    public static final String LIST_ID = BundledLists.COVERED_TELECOM_LIST_ID;

    public static SnapshotInfo ensureInstalled(SnapshotStore store) {
        try (ScratchFolder dir = ScratchFolder.create("cordon-bundled-")) {
            Path file = BundledLists.copyCoveredTelecomTo(dir.path());
            String hash = ContentHash.combined(List.of(ContentHash.of(file)));
            for (SnapshotInfo known : store.versions(LIST_ID)) {
                if (known.contentHash().equals(hash)) {
                    if (store.active(LIST_ID).isEmpty()) {
                        store.activate(LIST_ID, known.version());
                    }
                    return known;
                }
            }
            ListImports.Outcome outcome = new ListImports(store).run(new ListImports.Request(ListFormat.CURATED, file,
                    ImportOptions.strict().withListId(LIST_ID), true, true));
            return outcome.info();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the bundled list", e);
        } catch (ImportException e) {
            throw new IllegalStateException("the bundled list does not import: " + e.getMessage(), e);
        }
    }
}
