package org.cordon.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.update.FetchRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists}: the lists and their active versions; subcommands import, diff, update, activate. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Show the lists and their active versions; import, compare, update, activate and export versions.",
        subcommands = {ListsImportCommand.class, ListsVersionsCommand.class, ListsShowCommand.class,
                ListsDiffCommand.class, ListsActivateCommand.class, ListsUpdateCommand.class, ListsExportCommand.class})
final class ListsCommand implements Runnable {

    @ParentCommand
    Cordon root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        SnapshotStore store = openStore();
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("LIST", "ACTIVE", "ENTRIES", "PUBLISHED", "FETCHED", "AGE", "VERSIONS", "FORMAT", "HASH");
        Instant now = Instant.now();
        for (String id : store.listIds()) {
            var versions = store.versions(id);
            Optional<SnapshotInfo> active = store.active(id);
            SnapshotInfo shown = active.orElse(versions.get(versions.size() - 1));
            // When an update last fetched or confirmed this version; else when it was imported (marked "imported").
            Optional<Instant> fetched = FetchRecord.fetchedAt(store, shown);
            Instant at = fetched.orElse(shown.importedAt());
            long days = Math.max(0, Duration.between(at, now).toDays());
            table.row(id, active.map(a -> "v" + a.version()).orElse("none"), shown.entryCount(),
                    shown.publishedOn().map(Object::toString).orElse("-"),
                    at.truncatedTo(ChronoUnit.SECONDS) + (fetched.isPresent() ? "" : " (imported)"),
                    days + "d", versions.size(), shown.format(), shown.shortHash());
        }
        table.print(out);
    }

    /** The store of this run's data directory, with the bundled list installed. */
    SnapshotStore openStore() {
        return root.home().openStore();
    }
}
