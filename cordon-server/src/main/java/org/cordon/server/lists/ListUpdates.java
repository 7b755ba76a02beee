package org.cordon.server.lists;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.monitor.ListChanges;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.update.Fetch;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.snapshot.update.UpdateSource;
import org.cordon.store.AuditLog;
import org.cordon.store.Database;

/**
 * An update from the publishers and what follows it, wherever it is asked for (the admin route, the admin page, the
 * schedule): the configured sources fetched as the settings say, then, for every list whose active version
 * changed, one engine rebuild and the list-change reaction ({@link ListChanges}: audit record, metrics, the registry
 * screened again); for a source that failed, an audit record naming the address and cause. Runs one at a time.
 */
public final class ListUpdates {

    /** The audit action of a version an update activated. */
    public static final String UPDATED = "list.update";
    /** The audit action of a source that failed to update. */
    public static final String FAILED = "list.update.failed";

    private final EngineHolder engines;
    private final ListChanges changes;
    private final AuditLog audit;
    private final ListSettings settings;
    private final Path home;
    private final ListFreshness freshness;
    private final Object running = new Object();

    public ListUpdates(EngineHolder engines, ListChanges changes, Database db, ListSettings settings, Path home,
                       ListFreshness freshness) {
        this.engines = engines;
        this.changes = changes;
        this.audit = new AuditLog(db);
        this.settings = settings;
        this.home = home;
        this.freshness = freshness;
    }

    public ListSettings settings() {
        return settings;
    }

    public ListFreshness freshness() {
        return freshness;
    }

    /** The configured sources (read again each time: {@code sources.yaml} may have been edited). */
    public List<UpdateSource> sources() {
        return settings.sources(home);
    }

    /** Updates every configured source; every failure is audited. */
    public List<ListUpdater.Outcome> run(String actor) {
        return run(actor, sources(), o -> true);
    }

    /**
     * Updates the sources given.
     *
     * @param auditFailure which failed outcomes to record in the audit trail (the schedule records a failure once
     *                     while it lasts)
     */
    public List<ListUpdater.Outcome> run(String actor, List<UpdateSource> sources,
                                         Predicate<ListUpdater.Outcome> auditFailure) {
        synchronized (running) {
            SnapshotStore store = engines.store();
            Map<String, Optional<SnapshotInfo>> before = new HashMap<>();
            for (UpdateSource s : sources) {
                before.put(s.listId(), store.active(s.listId()));
            }
            List<ListUpdater.Outcome> outcomes = new ListUpdater(new ListImports(store), settings.requestTimeout(),
                    settings.clock()).update(sources, settings.fetch());
            freshness.forget();
            List<SnapshotInfo> activated = new ArrayList<>();
            for (ListUpdater.Outcome o : outcomes) {
                if (o.status() == ListUpdater.Status.FAILED) {
                    continue;
                }
                Optional<SnapshotInfo> now = store.active(o.listId());
                if (now.isPresent() && !now.equals(before.getOrDefault(o.listId(), Optional.empty()))) {
                    activated.add(now.get());
                }
            }
            if (!activated.isEmpty()) {
                engines.rebuild();
            }
            for (SnapshotInfo info : activated) {
                changes.changed(actor, UPDATED, info);
            }
            for (ListUpdater.Outcome o : outcomes) {
                if (o.status() == ListUpdater.Status.FAILED && auditFailure.test(o)) {
                    ObjectNode payload = JsonNodeFactory.instance.objectNode();
                    payload.put("from", from(settings.fetch()));
                    payload.put("error", o.detail());
                    before.getOrDefault(o.listId(), Optional.empty())
                            .ifPresent(i -> payload.put("stillActive", i.ref()));
                    audit.append(actor, FAILED, o.listId(), payload.toString(), engines.current().listVersions());
                }
            }
            return outcomes;
        }
    }

    private static String from(Fetch fetch) {
        if (fetch instanceof Fetch.Mirror m) {
            return "mirror " + m.base();
        }
        if (fetch instanceof Fetch.Offline o) {
            return "offline folder " + o.dir().getFileName();
        }
        return "publishers";
    }
}
