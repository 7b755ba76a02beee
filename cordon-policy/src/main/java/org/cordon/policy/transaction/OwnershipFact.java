package org.cordon.policy.transaction;

import java.util.Optional;

/**
 * Something the user knows about who owns, controls or supplies whom, e.g. "Acme Reseller is 60% owned by
 * Huawei Device". Subject and target are names, resolved against the lists like any party.
 *
 * @param kind {@code subsidiary_of}, {@code owned_by}, {@code affiliate_of} or {@code relabels_products_of}
 * @param share for {@code owned_by}: the share held, 0 to 1
 */
public record OwnershipFact(String subject, String kind, String target, Optional<Double> share, String source) {}
