package org.cordon.server.lists;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cordon.snapshot.BundledListInstaller;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import org.cordon.snapshot.update.FetchRecord;

/**
 * How current each list version is: the publisher's publication date where the file states one, when an update
 * last fetched it or confirmed it unchanged (else when it was imported), and its age since then. A list that an
 * update source loads (a publisher's list) is stale once its age passes {@code maxAge}; other lists (the bundled
 * curated list, lists imported by hand) have no limit.
 */
public final class ListFreshness {

    /**
     * One list version's freshness.
     *
     * @param list        the list id
     * @param version     {@code list@N}
     * @param publishedOn the publication date the publisher's file states, where it states one
     * @param fetchedAt   when an update last fetched or confirmed this version; else its import time
     * @param fetched     whether {@code fetchedAt} comes from an update (false: the import time)
     * @param age         time since {@code fetchedAt}
     * @param maxAge      the limit, for publishers' lists
     */
    public record ListAge(String list, String version, Optional<LocalDate> publishedOn, Instant fetchedAt,
                          boolean fetched, Duration age, Optional<Duration> maxAge) {

        public long ageDays() {
            return Math.max(0, age.toDays());
        }

        public boolean stale() {
            return maxAge.isPresent() && age.compareTo(maxAge.get()) > 0;
        }

        /** The JSON form the API answers with. */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", list);
            m.put("version", version);
            m.put("publishedOn", publishedOn.map(LocalDate::toString).orElse(null));
            m.put("fetchedAt", fetchedAt.toString());
            m.put("ageDays", ageDays());
            m.put("maxAge", maxAge.map(Duration::toString).orElse(null));
            m.put("stale", stale());
            return m;
        }
    }

    private final SnapshotStore store;
    private final Set<String> limited;
    private final Duration maxAge;
    private final Clock clock;
    /** fetched-at by list version and content hash; forgotten after every update run (which may confirm again). */
    private final Map<String, Optional<Instant>> fetchedAt = new ConcurrentHashMap<>();
    /** Versions by {@code list@N}: a stored version never changes, so screening answers need not read manifests. */
    private final Map<String, SnapshotInfo> versions = new ConcurrentHashMap<>();

    /**
     * @param limited the lists an update source loads: these are stale past {@code maxAge}
     */
    public ListFreshness(SnapshotStore store, Set<String> limited, Duration maxAge, Clock clock) {
        this.store = store;
        this.limited = Set.copyOf(limited);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Forgets what it read of the fetch records: called after each update. */
    public void forget() {
        fetchedAt.clear();
    }

    /** The freshness of each active list. */
    public List<ListAge> active() {
        List<ListAge> out = new ArrayList<>();
        for (String id : store.listIds()) {
            store.active(id).ifPresent(info -> out.add(of(info)));
        }
        return out;
    }

    /** The freshness of the versions an engine was built from ({@code list@N}); unknown refs are left out. */
    public List<ListAge> of(List<String> refs) {
        List<ListAge> out = new ArrayList<>();
        for (String ref : refs) {
            try {
                out.add(of(versions.computeIfAbsent(ref, r -> store.resolve(VersionRef.parse(r)))));
            } catch (RuntimeException e) {
                // A version that is not in the store (cannot happen for the server's engine) has no freshness.
            }
        }
        return out;
    }

    public ListAge of(SnapshotInfo info) {
        Optional<Instant> fetched = fetchedAt.computeIfAbsent(info.ref() + "/" + info.contentHash(),
                k -> FetchRecord.fetchedAt(store, info));
        Instant at = fetched.orElse(info.importedAt());
        Duration age = Duration.between(at, clock.instant());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        return new ListAge(info.listId(), info.ref(), info.publishedOn(), at, fetched.isPresent(), age,
                limited.contains(info.listId()) ? Optional.of(maxAge) : Optional.empty());
    }

    /** The stale lists among {@code ages}. */
    public static List<String> stale(List<ListAge> ages) {
        return ages.stream().filter(ListAge::stale).map(ListAge::list).toList();
    }

    /** Whether the bundled curated list is the only list loaded (no publisher's list yet). */
    public static boolean onlyBundled(List<ListAge> ages) {
        return ages.stream().allMatch(a -> a.list().equals(BundledListInstaller.LIST_ID));
    }

    /** What {@code /health} says: ok or degraded, the stale lists, and a note when only the bundled list is loaded. */
    public Map<String, Object> health(List<String> engineVersions) {
        List<ListAge> ages = of(engineVersions);
        List<String> stale = stale(ages);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", stale.isEmpty() ? "ok" : "degraded");
        m.put("listVersions", engineVersions);
        m.put("lists", ages.stream().map(ListAge::json).toList());
        m.put("stale", stale);
        if (!stale.isEmpty()) {
            m.put("reason", "not fetched or confirmed for longer than " + maxAge + ": " + String.join(", ", stale));
        }
        if (onlyBundled(ages)) {
            m.put("note", "only the bundled list is loaded: no publisher's list has been fetched yet (see lists.update,"
                    + " lists.mirror or lists.offline, or run lists update)");
        }
        return m;
    }
}
