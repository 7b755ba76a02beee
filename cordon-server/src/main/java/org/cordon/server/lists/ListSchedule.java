package org.cordon.server.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.snapshot.update.UpdateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Updates every configured source in the background: at once on start, then every interval, on a daemon thread, so
 * that the server answers from the start with what it has. A source that fails keeps its last good version; it is
 * logged and audited once while the failure lasts (again when its cause changes), and retried alone after the first
 * retry wait, doubled on each further failure and capped at the interval.
 */
public final class ListSchedule implements AutoCloseable {

    public static final String ACTOR = "system:list-schedule";

    private static final Logger LOG = LoggerFactory.getLogger(ListSchedule.class);

    /** A source failing since some run: how many runs in a row, and the last cause. */
    private record Failing(int attempts, String detail) {}

    private final ListUpdates updates;
    private final Duration every;
    private final Duration firstRetry;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cordon-list-schedule");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Failing> failing = new HashMap<>();
    private final AtomicLong runs = new AtomicLong();
    private ScheduledFuture<?> retry;

    private ListSchedule(ListUpdates updates, Duration every, Duration firstRetry) {
        this.updates = updates;
        this.every = every;
        this.firstRetry = firstRetry;
    }

    /** Starts the schedule when the settings have one; the first run starts at once, in the background. */
    public static ListSchedule start(ListUpdates updates) {
        ListSettings s = updates.settings();
        if (s.every().isEmpty()) {
            return null;
        }
        ListSchedule schedule = new ListSchedule(updates, s.every().get(), s.firstRetry());
        schedule.executor.scheduleAtFixedRate(schedule::full, 0, s.every().get().toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** Runs finished so far (scheduled and retries). */
    public long runs() {
        return runs.get();
    }

    private void full() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        run(() -> updates.sources());
    }

    private void retryFailing() {
        retry = null;
        run(() -> {
            List<UpdateSource> again = new ArrayList<>();
            for (UpdateSource s : updates.sources()) {
                if (failing.containsKey(s.listId())) {
                    again.add(s);
                }
            }
            return again;
        });
    }

    /** One run; nothing it throws escapes (an exception would end a periodic task for good). */
    private void run(java.util.function.Supplier<List<UpdateSource>> which) {
        try {
            List<UpdateSource> sources = which.get();
            List<ListUpdater.Outcome> outcomes = updates.run(ACTOR, sources, o -> {
                Failing f = failing.get(o.listId());
                return f == null || !f.detail().equals(o.detail());
            });
            for (ListUpdater.Outcome o : outcomes) {
                if (o.status() == ListUpdater.Status.FAILED) {
                    Failing f = failing.get(o.listId());
                    if (f == null || !f.detail().equals(o.detail())) {
                        LOG.warn("lists: {}: update failed, the last good version stays active: {}", o.listId(), o.detail());
                    }
                    failing.put(o.listId(), new Failing(f == null ? 1 : f.attempts() + 1, o.detail()));
                } else {
                    if (failing.remove(o.listId()) != null) {
                        LOG.info("lists: {}: updated again after failures: {}", o.listId(), o.detail());
                    } else if (o.status() == ListUpdater.Status.UPDATED) {
                        LOG.info("lists: {}: {}", o.listId(), o.detail());
                    }
                }
            }
            // Sources no longer configured are no longer retried.
            failing.keySet().retainAll(updates.sources().stream().map(UpdateSource::listId).toList());
            scheduleRetry();
        } catch (RuntimeException e) {
            // The schedule must survive anything one run throws (an unreadable sources file, a full disk).
            if (!executor.isShutdown()) {
                LOG.warn("lists: scheduled update failed: {}", e.toString());
            }
        } finally {
            runs.incrementAndGet();
        }
    }

    private void scheduleRetry() {
        if (failing.isEmpty()) {
            return;
        }
        int attempts = failing.values().stream().mapToInt(Failing::attempts).min().orElse(1);
        Duration wait = retryWait(firstRetry, every, attempts);
        if (wait.compareTo(every) >= 0) {
            return; // the next scheduled run comes first
        }
        retry = executor.schedule(this::retryFailing, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The wait before trying a source again after {@code attempts} failures in a row: doubled each time, capped. */
    public static Duration retryWait(Duration firstRetry, Duration every, int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(every) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(every) > 0 ? every : wait;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
