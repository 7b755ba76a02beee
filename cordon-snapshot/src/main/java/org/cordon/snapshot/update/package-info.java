/**
 * Keeping lists current: {@link org.cordon.snapshot.update.ListUpdater} fetches each configured
 * {@link org.cordon.snapshot.update.UpdateSource} from its publisher (or takes the same files from a local
 * folder when offline), verifies the download, and imports it strictly. A source that fails leaves its list's
 * active version as it was.
 */
package org.cordon.snapshot.update;
