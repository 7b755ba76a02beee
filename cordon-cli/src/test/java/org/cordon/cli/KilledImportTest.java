package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cordon.ingest.SharedData;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code cordon lists import} process with SIGKILL at several moments and checks that the store is
 * never left with a half-written version, a broken active pointer, or a version that will not load; and that
 * the next import cleans up and succeeds.
 */
class KilledImportTest {

    @TempDir
    Path home;

    @Test
    void aKilledImportNeverLeavesAHalfWrittenVersionActive() throws Exception {
        Path older = SharedData.require("lists/ofac-sdn/2024-06-28");
        Path newer = SharedData.require("lists/ofac-sdn/2024-07-02");
        assertThat(CliRun.run(home, "lists", "import", "ofac-sdn", older.toString()).exitCode()).isEqualTo(0);

        int killed = 0;
        for (long delayMs : List.of(150L, 500L, 900L, 1300L, 1700L, 2200L)) {
            Process p = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    Cordon.class.getName(), "--home", home.toString(), "lists", "import", "ofac-sdn", newer.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                killed++;
                p.waitFor(10, TimeUnit.SECONDS);
            }
            SnapshotStore store = new SnapshotStore(home);
            SnapshotInfo active = store.active("ofac-sdn").orElseThrow();
            assertThat(active.entryCount()).isIn(15440, 15443);
            for (SnapshotInfo v : store.versions("ofac-sdn")) {
                assertThat(store.load(v).parties()).hasSize(v.entryCount());
            }
        }

        assertThat(killed).as("imports killed while running").isGreaterThanOrEqualTo(3);

        CliRun last = CliRun.run(home, "lists", "import", "ofac-sdn", newer.toString());
        assertThat(last.exitCode()).isEqualTo(0);
        SnapshotStore store = new SnapshotStore(home);
        assertThat(store.active("ofac-sdn")).map(SnapshotInfo::entryCount).contains(15443);
        assertThat(store.versions("ofac-sdn")).hasSize(2);
        try (Stream<Path> leftovers = Files.list(home.resolve("lists/ofac-sdn"))) {
            assertThat(leftovers.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".staging-") || n.startsWith(".active-"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
