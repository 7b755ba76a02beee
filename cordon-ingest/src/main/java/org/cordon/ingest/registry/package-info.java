/**
 * The one place that knows every importer: {@link org.cordon.ingest.registry.Importers} maps each
 * {@link org.cordon.ingest.ListFormat} to its publisher package's importer. Kept apart from the shared
 * contract in {@code org.cordon.ingest} so that the publisher packages depend on the contract and this
 * package on them, never the other way round.
 */
package org.cordon.ingest.registry;
