package org.cordon.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentStoreTest {

    @Test
    void threadsStoringAndActivatingTheSameListGetDistinctVersions(@TempDir Path home) throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<SnapshotInfo>> results = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                SnapshotInfo info = store.store("test", "curated", List.of(SnapshotStoreTest.huawei()),
                        List.of(SnapshotStoreTest.file("a", "content " + n)), Optional.empty(), 0).info();
                store.activate("test", info.version());
                return info;
            }));
        }
        List<Integer> versions = new ArrayList<>();
        for (Future<SnapshotInfo> f : results) {
            versions.add(f.get().version());
        }
        pool.shutdown();
        assertThat(versions).doesNotHaveDuplicates().hasSize(24);
        assertThat(store.versions("test")).hasSize(24);
        assertThat(store.active("test")).isPresent();
        store.versions("test").forEach(v -> assertThat(store.load(v).parties()).hasSize(1));
    }
}
