package org.cordon.bench.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cordon.bench.RealLists;
import org.cordon.policy.Decisions;
import org.cordon.policy.resolve.ListedParties;
import org.cordon.policy.transaction.Transaction;

/**
 * Decides the scenario transactions (cordon-policy's test scenarios) over and over: single-thread latency
 * percentiles and throughput on every core, with every real list loaded. Prints figures; asserts nothing.
 * Usage: {@code DecisionBenchmark [LISTS_DIR] [SCENARIOS_DIR] [SECONDS]}.
 */
public final class DecisionBenchmark {

    private DecisionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path lists = Path.of(args.length > 0 ? args[0] : "../shared/data/lists");
        Path scenarios = Path.of(args.length > 1 ? args[1] : "cordon-policy/src/test/resources/scenarios");
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ListedParties.Builder b = ListedParties.builder();
        for (RealLists.LoadedList l : RealLists.load(lists)) {
            b.add(l.listVersion(), l.parties());
        }
        long t0 = System.nanoTime();
        ListedParties listed = b.build();
        Decisions decisions = Decisions.builder(listed).build();
        System.out.printf(Locale.ROOT, "engine: %d parties, %d names, built in %.2f s%n", listed.size(),
                listed.screener().names(), (System.nanoTime() - t0) / 1e9);

        ObjectMapper json = new ObjectMapper();
        List<Transaction> txs = new ArrayList<>();
        try (Stream<Path> files = Files.list(scenarios)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(f.toFile());
                txs.add(decisions.reader().read(doc.get("transaction")));
            }
        }
        System.out.printf(Locale.ROOT, "transactions: %d scenarios%n", txs.size());
        for (int i = 0; i < 3; i++) {
            txs.forEach(decisions::decide); // warm-up
        }
        List<Long> nanos = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L / 2;
        while (System.nanoTime() < end) {
            for (Transaction t : txs) {
                long s = System.nanoTime();
                decisions.decide(t);
                nanos.add(System.nanoTime() - s);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "1 thread: %d decisions, mean %.0f us, p50 %d us, p90 %d us, p99 %d us, max %.1f ms%n",
                sorted.length, Arrays.stream(sorted).average().orElse(0) / 1e3, sorted[sorted.length / 2] / 1000,
                sorted[(int) (sorted.length * 0.9)] / 1000, sorted[(int) (sorted.length * 0.99)] / 1000,
                sorted[sorted.length - 1] / 1e6);
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger done = new AtomicInteger();
        long stop = System.nanoTime() + seconds * 1_000_000_000L / 2;
        long start = System.nanoTime();
        IntStream.range(0, threads).parallel().forEach(k -> {
            int i = k;
            while (System.nanoTime() < stop) {
                decisions.decide(txs.get(i++ % txs.size()));
                done.incrementAndGet();
            }
        });
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d threads: %d decisions in %.1f s = %.0f decisions/s%n", threads, done.get(),
                secs, done.get() / secs);
    }
}
