/**
 * The UK Sanctions List as the Foreign, Commonwealth &amp; Development Office publishes it in XML (or CSV, see
 * {@link org.cordon.ingest.uk.UkSanctionsListCsv}): a
 * {@code Designations} root holding one {@code Designation} per individual, entity or ship, with its names,
 * non-Latin names, regime, addresses and the details of the individual, entity or ship.
 *
 * <p>{@link org.cordon.ingest.uk.UkSanctionsListImporter} streams the file with the hardened reader of
 * {@link org.cordon.ingest.XmlListReader}, one designation at a time.
 */
package org.cordon.ingest.uk;
