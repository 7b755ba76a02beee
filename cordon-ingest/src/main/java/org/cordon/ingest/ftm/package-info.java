/**
 * FollowTheMoney (FtM) entities as JSON lines, the form OpenSanctions and yente publish
 * ({@code {"id", "schema", "properties": {name: [...]}, "datasets": [...]}} one a line).
 *
 * <p>{@link org.cordon.ingest.ftm.FtmImporter} maps the party schemata (Person, Company, Organization, LegalEntity,
 * PublicBody, Vessel, Airplane) onto parties, Sanction entities onto their designations, Address entities onto
 * addresses, and Ownership, Directorship and UnknownLink entities onto relationships. Which property of which
 * schema is read is written down once, in {@link org.cordon.ingest.ftm.FtmProperties}.
 * {@link org.cordon.ingest.ftm.FtmExporter} writes a list version back in the same form.
 */
package org.cordon.ingest.ftm;
