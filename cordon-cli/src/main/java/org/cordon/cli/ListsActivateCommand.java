package org.cordon.cli;

import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists activate LIST@N}: roll forward or back to a stored version. */
@Command(name = "activate", mixinStandardHelpOptions = true, description = "Make a stored version the active one (atomic).")
final class ListsActivateCommand implements Runnable {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LIST@VERSION", description = "Version by number or content-hash prefix.")
    String ref;

    @Override
    public void run() {
        SnapshotStore store = lists.openStore();
        SnapshotInfo info = store.resolve(VersionRef.parse(ref));
        store.activate(info.listId(), info.version());
        spec.commandLine().getOut().printf("%s is now active (%d entries, %s)%n", info.ref(), info.entryCount(),
                info.shortHash());
    }
}
