package org.cordon.cli;

import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists versions LIST}. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "Show every version of a list; * marks the active one.")
final class ListsVersionsCommand implements Runnable {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LIST", description = "The list id.")
    String listId;

    @Override
    public void run() {
        SnapshotStore store = lists.openStore();
        var versions = store.versions(listId);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no list '" + listId + "'; known lists: " + store.listIds());
        }
        int active = store.active(listId).map(SnapshotInfo::version).orElse(-1);
        Table table = new Table("", "VERSION", "ENTRIES", "PUBLISHED", "IMPORTED", "HASH", "FORMAT", "SKIPPED", "FILES");
        for (SnapshotInfo v : versions) {
            table.row(v.version() == active ? "*" : "", v.version(), v.entryCount(),
                    v.publishedOn().map(Object::toString).orElse("-"), v.importedAt(), v.shortHash(), v.format(),
                    v.skippedRows(), String.join(" ", v.sources().stream().map(s -> s.name()).toList()));
        }
        table.print(spec.commandLine().getOut());
    }
}
