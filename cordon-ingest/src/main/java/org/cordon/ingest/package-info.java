/**
 * The first stage of the data flow: official list files in, {@link org.cordon.model.Party parties} out.
 *
 * <p>Each publisher format has its own package ({@code ofac}, {@code ofac.sls}, {@code csl}, {@code dpl},
 * {@code un}, {@code eu}, {@code uk}, {@code ftm}, {@code curated}) with one {@link org.cordon.ingest.ListImporter}. What they share lives here: the
 * {@link org.cordon.ingest.ListFormat formats}, problem reporting that names file, line and field
 * ({@link org.cordon.ingest.ImportProblem}, {@link org.cordon.ingest.ProblemLog}), hardened XML
 * ({@link org.cordon.ingest.SafeXml}, streamed entry by entry by {@link org.cordon.ingest.XmlListReader}) and bounded
 * zip reading ({@link org.cordon.ingest.BoundedZip}).
 */
package org.cordon.ingest;
