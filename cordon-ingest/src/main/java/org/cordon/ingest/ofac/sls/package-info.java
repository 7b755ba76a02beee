/**
 * OFAC's lists as the Sanctions List Service publishes them in the advanced XML form ({@code SDN_ADVANCED.XML},
 * {@code CONS_ADVANCED.XML}): a {@code Sanctions} root whose sections refer to each other by id. Reference values
 * (alias types, countries, name part types, feature types, programs, legal bases) come first, then locations and
 * identity documents, then the parties ({@code DistinctParty}), their relationships and their sanctions entries.
 *
 * <p>{@link org.cordon.ingest.ofac.sls.OfacAdvancedXmlImporter} streams the file, keeping the reference values,
 * locations and documents it has read until the parties that use them come.
 */
package org.cordon.ingest.ofac.sls;
