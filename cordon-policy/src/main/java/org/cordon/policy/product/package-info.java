/**
 * Products: what a product is made of, and who may have made each part.
 *
 * <p>{@link org.cordon.policy.product.CycloneDxBomReader} reads a CycloneDX JSON bill of materials (1.4 to 1.6),
 * given inline in a transaction as a JSON object, as text or as a stream, into a tree of
 * {@link org.cordon.policy.product.BomComponent}s: nested components and the dependency graph together, so that a
 * module from a covered maker two levels down under a neutral brand is still found.
 * {@link org.cordon.policy.product.BomComponent#makers()} lists the organisations each part names (manufacturer,
 * supplier, publisher, author, a group that reads like an organisation), for screening.
 *
 * <p>A malformed BOM fails with the JSON path of what is wrong ({@link org.cordon.policy.product.BomException});
 * XML BOMs are refused.
 */
package org.cordon.policy.product;
