package org.cordon.bench.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cordon.bench.RealLists;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Party;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: time of one {@code Screener.screen} call on the real lists, cycling through listed names with one typo
 * each (so that every query does real work: candidates found, typos scored). Lists folder: system property
 * {@code cordon.lists}. Run with {@code bench/run jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class ScreenJmh {

    Screener screener;
    List<ScreeningQuery> queries;
    int next;

    @Setup
    public void setUp() throws Exception {
        Path lists = Path.of(System.getProperty("cordon.lists", "../shared/data/lists"));
        Screener.Builder builder = Screener.builder();
        List<Party> all = new ArrayList<>();
        for (RealLists.LoadedList list : RealLists.load(lists)) {
            builder.add(list.listVersion(), list.parties());
            all.addAll(list.parties());
        }
        screener = builder.build();
        Random random = new Random(7);
        queries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Party p = all.get(random.nextInt(all.size()));
            queries.add(ScreeningQuery.of(typo(p.primaryName().value(), random), p.type()));
        }
    }

    static String typo(String name, Random random) {
        if (name.length() < 6) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return new String(c);
    }

    @Benchmark
    public void screenOneName(Blackhole bh) {
        ScreeningQuery q = queries.get(next);
        next = (next + 1) % queries.size();
        bh.consume(screener.screen(q, Screener.DEFAULT_THRESHOLD, Screener.DEFAULT_LIMIT));
    }
}
