package org.cordon.server;

import org.cordon.server.api.CheckApi;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Metrics;
import org.cordon.server.lists.ListFreshness;
import org.cordon.server.lists.ListUpdates;
import org.cordon.server.monitor.ListChanges;
import org.cordon.server.monitor.RegistryMonitor;
import org.cordon.store.Database;

/**
 * The running services an extension may use: the engine of the active lists, the database (keys, decisions, cases,
 * audit, registry through cordon-store), the key check, metrics, and the decision path that keeps decisions and
 * opens cases exactly as {@code POST /api/check} does, what follows a list change (audit, metrics, the registry
 * screened again), the registry's monitor, and list updates with the lists' freshness.
 */
public record ServiceContext(EngineHolder engines, Database db, Auth auth, Metrics metrics, CheckApi checks,
                             ListChanges listChanges, RegistryMonitor registry, ListUpdates listUpdates) {

    /** How current each list is (for banners and pages). */
    public ListFreshness freshness() {
        return listUpdates.freshness();
    }
}
