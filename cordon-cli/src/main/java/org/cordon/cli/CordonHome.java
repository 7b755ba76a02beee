package org.cordon.cli;

import java.nio.file.Path;
import org.cordon.snapshot.BundledListInstaller;
import org.cordon.snapshot.SnapshotStore;

/**
 * The data directory: {@code --home DIR}, else {@code $CORDON_HOME}, else {@code ~/.cordon}.
 */
record CordonHome(Path dir) {

    static CordonHome resolve(Path option) {
        if (option != null) {
            return new CordonHome(option.toAbsolutePath().normalize());
        }
        String env = System.getenv("CORDON_HOME");
        if (env != null && !env.isBlank()) {
            return new CordonHome(Path.of(env).toAbsolutePath().normalize());
        }
        return new CordonHome(Path.of(System.getProperty("user.home"), ".cordon"));
    }

    /** The list id {@code bundled} stands for on the command line. */
    static final String BUNDLED_LIST_ID = BundledListInstaller.LIST_ID;

    /** The snapshot store, with the bundled list installed (a no-op when it is there already). */
    SnapshotStore openStore() {
        SnapshotStore store = new SnapshotStore(dir);
        BundledListInstaller.ensureInstalled(store);
        return store;
    }
}
