package org.cordon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.ScratchFolder;
import org.cordon.snapshot.SnapshotStore;

/**
 * Imports every real list (SDN 2024-07-02 with the 2025-12 alias/address/comment files, non-SDN, CSL, DPL,
 * UN) plus the bundled list into a fresh store, end to end (parse, write snapshot, activate), and prints
 * wall time and peak heap. Usage: {@code ImportBenchmark LISTS_DIR [ROUNDS] [THREADS]}, LISTS_DIR being
 * {@code shared/data/lists}. Round 1 is the cold figure (fresh JVM); later rounds show the warmed-up cost.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ImportBenchmark LISTS_DIR [ROUNDS]");
            System.exit(2);
        }
        Path lists = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("cordon-bench-");
        try {
            List<RealLists.ListFile> jobs = RealLists.prepare(lists, work);
            for (int round = 1; round <= rounds; round++) {
                resetPeaks();
                Path home = Files.createDirectory(work.resolve("home-" + round));
                ListImports imports = new ListImports(new SnapshotStore(home));
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<String>> lines = new ArrayList<>();
                for (RealLists.ListFile job : jobs) {
                    lines.add(pool.submit(() -> {
                        long t = System.nanoTime();
                        var outcome = imports.run(new ListImports.Request(job.format(), job.path(),
                                job.options(), true, false));
                        return String.format("  %-22s %6d entries %7.0f ms%n", outcome.info().listId(),
                                outcome.info().entryCount(), (System.nanoTime() - t) / 1e6);
                    }));
                }
                StringBuilder detail = new StringBuilder();
                for (Future<String> line : lines) {
                    detail.append(line.get());
                }
                pool.shutdown();
                double seconds = (System.nanoTime() - start) / 1e9;
                int entries = new SnapshotStore(home).listIds().stream()
                        .mapToInt(id -> new SnapshotStore(home).active(id).orElseThrow().entryCount()).sum();
                System.out.printf("round %d (%d thread%s): imported %d lists, %d entries in %.2f s; peak heap %d MB%n%s",
                        round, threads, threads == 1 ? "" : "s", jobs.size(), entries, seconds,
                        peakHeapBytes() >> 20, detail);
            }
        } finally {
            ScratchFolder.deleteTree(work);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
