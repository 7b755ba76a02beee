package org.cordon.server;

import org.cordon.server.api.CheckApi;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Metrics;
import org.cordon.server.monitor.ListChanges;
import org.cordon.server.monitor.RegistryMonitor;
import org.cordon.store.Database;

/**
 * The running services an extension may use: the engine of the active lists, the database (keys, decisions, cases,
 * audit, registry through cordon-store), the key check, metrics, and the decision path that keeps decisions and
 * opens cases exactly as {@code POST /api/check} does, what follows a list change (audit, metrics, the registry
 * screened again), and the registry's monitor.
 */
public record ServiceContext(EngineHolder engines, Database db, Auth auth, Metrics metrics, CheckApi checks,
                             ListChanges listChanges, RegistryMonitor registry) {}
