package org.cordon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
import org.cordon.lists.BundledLists;
import org.cordon.model.Party;
import org.cordon.snapshot.ContentHash;
import org.cordon.snapshot.ListSnapshot;
import org.cordon.snapshot.ScratchFolder;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import picocli.CommandLine;

/**
 * A list to screen against, as given by {@code --list}: {@code FORMAT:PATH} (a list file read as it is),
 * {@code bundled} (the curated list shipped with Cordon) or {@code stored:LIST[@VERSION]} (a version in the data
 * directory).
 */
record ListSpec(String text) {

    /** Parties and the version label they are reported under ({@code ofac-sdn@1a2b3c4d5e6f}). */
    record Loaded(String version, List<Party> parties) {}

    static ListSpec parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("bundled") || t.startsWith("stored:")) {
            return new ListSpec(t);
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new CommandLine.TypeConversionException("expected FORMAT:PATH, 'bundled' or 'stored:LIST[@VERSION]', got '"
                    + text + "'");
        }
        try {
            ListFormat.fromCliName(t.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        return new ListSpec(t);
    }

    Loaded load(CordonHome home, boolean lenient) throws IOException, ImportException {
        if (text.equals("bundled")) {
            try (ScratchFolder dir = ScratchFolder.create("cordon-bundled-")) {
                return read(ListFormat.CURATED, BundledLists.copyCoveredTelecomTo(dir.path()), false);
            }
        }
        if (text.startsWith("stored:")) {
            SnapshotStore store = home.openStore();
            ListSnapshot snapshot = store.load(VersionRef.parse(text.substring("stored:".length())));
            return new Loaded(snapshot.info().ref(), snapshot.parties());
        }
        int colon = text.indexOf(':');
        ListFormat format = ListFormat.fromCliName(text.substring(0, colon));
        Path path = Path.of(text.substring(colon + 1));
        if (!Files.exists(path)) {
            throw new IOException(path + ": no such file or folder (from --list " + text + ")");
        }
        return read(format, path, lenient);
    }

    /**
     * Like {@link #load} but, for {@code stored:LIST} without a version, the version that was current on the day:
     * the latest published (or, without a publication date, imported) on or before it. A list with no version that
     * old gives its active version; the note says so.
     */
    Loaded loadAsOf(CordonHome home, java.time.LocalDate day, List<String> notes) throws IOException, ImportException {
        if (!text.startsWith("stored:") || text.contains("@")) {
            return load(home, false);
        }
        String listId = text.substring("stored:".length());
        SnapshotStore store = home.openStore();
        java.util.Optional<org.cordon.snapshot.SnapshotInfo> asOf = store.versions(listId).stream()
                .filter(v -> !v.publishedOn().orElse(v.importedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()).isAfter(day))
                .reduce((a, b) -> b.version() > a.version() ? b : a);
        if (asOf.isEmpty()) {
            notes.add(listId + ": no version was published by " + day + "; the active version is used (its"
                    + " designations carry their own dates)");
            return load(home, false);
        }
        ListSnapshot snapshot = store.load(asOf.get());
        return new Loaded(snapshot.info().ref(), snapshot.parties());
    }

    private static Loaded read(ListFormat format, Path path, boolean lenient) throws ImportException {
        ImportResult result = Importers.forFormat(format).read(path, lenient ? ImportOptions.lenient() : ImportOptions.strict());
        String hash = ContentHash.combined(ContentHash.ofAll(result.sourceFiles()));
        return new Loaded(result.listId() + "@" + hash.substring(0, 12), new ArrayList<>(result.parties()));
    }
}
