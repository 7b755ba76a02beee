/**
 * The BIS Denied Persons List (DPL): the persons and firms whose US export privileges are denied by an order
 * under the Export Administration Regulations, as BIS publishes it, tab-separated with quoted fields.
 *
 * <p>{@link org.cordon.ingest.dpl.DeniedPersonsImporter} maps each row onto one party. The file has no id column
 * and no party type: {@link org.cordon.ingest.dpl.DeniedPersonIds} derives a stable id and
 * {@link org.cordon.ingest.dpl.LegalForms} recognises the names that are clearly firms.
 */
package org.cordon.ingest.dpl;
