/**
 * OFAC's lists: the SDN list as legacy CSV ({@link org.cordon.ingest.ofac.OfacSdnCsvImporter}) or XML
 * ({@link org.cordon.ingest.ofac.OfacSdnXmlImporter}), and the consolidated non-SDN list as legacy CSV
 * ({@link org.cordon.ingest.ofac.OfacNonSdnCsvImporter}).
 *
 * <p>The legacy CSV files put much of an entry into free-text remarks (weak aliases, identifiers, dates of birth,
 * "Linked To" ties); {@link org.cordon.ingest.ofac.OfacRemarks} reads those out. Within a list, relationships
 * that name another entry's primary name are resolved to that entry's id.
 */
package org.cordon.ingest.ofac;
