/**
 * The Cordon curated list format: lists that Cordon's curators write by hand in YAML or JSON, such as the bundled
 * list of covered telecom suppliers, read by {@link org.cordon.ingest.curated.CuratedListImporter}.
 *
 * <p>The format is documented in {@code docs/curated-lists.md} and described by the JSON Schema
 * {@code curated-list.schema.json} next to this package's resources. Reading goes in small steps:
 * {@code CuratedDocument} streams the top level (header, then one entry at a time), {@code EntryReader} turns
 * an entry into a draft party, checking each {@code Field} at its path, and {@code ListAssembly} checks ids and
 * links relationships across entries.
 */
package org.cordon.ingest.curated;
