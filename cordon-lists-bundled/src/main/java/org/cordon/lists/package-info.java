/**
 * The curated lists that ship inside Cordon, kept as classpath resources in the curated list format
 * (see {@code docs/curated-lists.md}). {@link org.cordon.lists.BundledLists} finds them; the curated importer
 * in {@code cordon-ingest} reads them. This package depends on nothing, so that any module can carry the lists
 * without pulling in an importer.
 */
package org.cordon.lists;
