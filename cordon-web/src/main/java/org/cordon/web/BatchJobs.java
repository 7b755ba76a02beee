package org.cordon.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.match.Match;
import org.cordon.match.ScreeningQuery;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.json.ScreenResultsCsv;

/**
 * Batch screenings running in the background, one at a time, each owned by the key that started it. Results are
 * kept for {@link #KEEP} after they finish.
 */
final class BatchJobs {

    static final Duration KEEP = Duration.ofHours(2);

    /** One batch: how far it has got, and its CSV when done. */
    static final class Job {
        final String id;
        final String owner;
        final String fileName;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger matched = new AtomicInteger();
        final Instant started = Instant.now();
        volatile String csv;
        volatile String failure;
        volatile Instant finished;

        Job(String id, String owner, String fileName, int total) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.total = total;
        }

        boolean finished() {
            return finished != null;
        }

        int percent() {
            return total == 0 ? 100 : done.get() * 100 / total;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cordon-web-batch");
        t.setDaemon(true);
        return t;
    });
    private final EngineHolder engines;

    BatchJobs(EngineHolder engines) {
        this.engines = engines;
    }

    Job start(String id, String owner, String fileName, List<Map.Entry<String, ScreeningQuery>> queries) {
        forgetOld();
        Job job = new Job(id, owner, fileName, queries.size());
        jobs.put(id, job);
        worker.submit(() -> run(job, queries));
        return job;
    }

    private void run(Job job, List<Map.Entry<String, ScreeningQuery>> queries) {
        try {
            var screener = engines.current().screener();
            List<List<Match>> results = new ArrayList<>(queries.size());
            for (Map.Entry<String, ScreeningQuery> q : queries) {
                List<Match> m = screener.screen(q.getValue());
                results.add(m);
                if (!m.isEmpty()) {
                    job.matched.incrementAndGet();
                }
                job.done.incrementAndGet();
            }
            StringWriter out = new StringWriter();
            try (ScreenResultsCsv csv = new ScreenResultsCsv(out)) {
                for (int i = 0; i < queries.size(); i++) {
                    csv.write(queries.get(i).getKey(), results.get(i));
                }
            }
            job.csv = out.toString();
        } catch (IOException e) {
            job.failure = new UncheckedIOException(e).getMessage();
        } catch (RuntimeException e) {
            job.failure = "screening failed: " + e.getMessage();
        } finally {
            job.finished = Instant.now();
        }
    }

    Optional<Job> get(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finished() && j.finished.isBefore(cutoff));
    }
}
