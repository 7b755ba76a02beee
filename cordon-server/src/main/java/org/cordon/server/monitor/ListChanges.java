package org.cordon.server.monitor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.Metrics;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.store.AuditLog;
import org.cordon.store.Database;

/**
 * What follows a list change, wherever it was made (API or web pages): the audit record, the metrics, and the
 * registry screened again against the new versions. The engine has been rebuilt by then.
 */
public final class ListChanges {

    private final EngineHolder engines;
    private final AuditLog audit;
    private final Metrics metrics;
    private final RegistryMonitor registry;

    public ListChanges(EngineHolder engines, Database db, Metrics metrics, RegistryMonitor registry) {
        this.engines = engines;
        this.audit = new AuditLog(db);
        this.metrics = metrics;
        this.registry = registry;
    }

    /** @return the registry entries that newly match a listed party */
    public List<RegistryMonitor.Alert> changed(String actor, String action, SnapshotInfo info) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("version", info.version());
        payload.put("hash", info.contentHash());
        payload.put("entries", info.entryCount());
        audit.append(actor, action, info.listId(), payload.toString(), engines.current().listVersions());
        metrics.lists(engines.current().listVersions(), engines.current().screener().names());
        return registry.rescreenAll(engines.current(), actor);
    }
}
