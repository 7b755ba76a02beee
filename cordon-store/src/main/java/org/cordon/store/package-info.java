/**
 * Where decisions and everything done about them are kept: SQLite by default, PostgreSQL for a server shared by
 * several processes, with one set of Flyway migrations ({@code db/migration}) for both.
 *
 * <p>Open a {@link org.cordon.store.Database}, then use the stores over it: {@link org.cordon.store.DecisionStore}
 * (decisions as JSON plus indexed columns), {@link org.cordon.store.AuditLog} (the tamper-evident hash chain every
 * other store appends to), {@link org.cordon.store.ApiKeys}, {@link org.cordon.store.Cases} and
 * {@link org.cordon.store.Suppressions} (review of uncertain matches), {@link org.cordon.store.Registry} (the
 * organisation's own suppliers, products and people). Rows come back as immutable records. Each store method is
 * one transaction, or part of the caller's {@link org.cordon.store.Database#transaction}.
 *
 * <p>The store knows nothing of the other Cordon modules: the policy's transaction and decision arrive as JSON
 * text, outcomes as their names.
 */
package org.cordon.store;
