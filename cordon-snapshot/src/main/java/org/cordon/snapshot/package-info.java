/**
 * The second stage of the data flow: what an import read becomes an immutable, versioned
 * {@link org.cordon.snapshot.ListSnapshot} on disk.
 *
 * <p>Layout under the data directory: {@code lists/<list-id>/v<N>/} holds {@code manifest.json}
 * ({@link org.cordon.snapshot.SnapshotInfo}) and {@code parties.jsonl.gz}; {@code lists/<list-id>/active}
 * names the active version. A version directory is written under a temporary name and renamed into place,
 * and the active pointer is replaced by an atomic rename, so a crash never leaves a half-written version
 * active. {@link org.cordon.snapshot.SnapshotDiff} compares two versions; {@link org.cordon.snapshot.ListImports}
 * runs importer and store together with the guards (strict rows, no silent shrink).
 */
package org.cordon.snapshot;
