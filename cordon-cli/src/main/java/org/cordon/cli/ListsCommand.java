package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
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
        Table table = new Table("LIST", "ACTIVE", "ENTRIES", "PUBLISHED", "IMPORTED", "VERSIONS", "FORMAT", "HASH");
        for (String id : store.listIds()) {
            var versions = store.versions(id);
            Optional<SnapshotInfo> active = store.active(id);
            SnapshotInfo shown = active.orElse(versions.get(versions.size() - 1));
            table.row(id, active.map(a -> "v" + a.version()).orElse("none"), shown.entryCount(),
                    shown.publishedOn().map(Object::toString).orElse("-"), shown.importedAt().toString().substring(0, 19) + "Z",
                    versions.size(), shown.format(), shown.shortHash());
        }
        table.print(out);
    }

    /** The store of this run's data directory, with the bundled list installed. */
    SnapshotStore openStore() {
        return root.home().openStore();
    }
}
