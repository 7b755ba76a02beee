/**
 * The trade.gov Consolidated Screening List (CSL): the export screening lists of Commerce (BIS), State and the
 * Treasury (OFAC) in one file, as CSV or as the JSON of the trade.gov API.
 *
 * <p>{@link org.cordon.ingest.csl.CslImporter} reads both forms into the same {@link org.cordon.ingest.csl.CslEntry}
 * view, which {@link org.cordon.ingest.csl.CslPartyMapper} maps onto parties. Each CSL row becomes one party with
 * one designation whose program is the row's {@code source} (the sub-list, e.g. "Entity List (EL) - Bureau of
 * Industry and Security"); the row's own {@code programs} (OFAC program tags such as {@code SDGT}) go into the
 * designation's note, since they qualify that one listing rather than make separate ones.
 */
package org.cordon.ingest.csl;
