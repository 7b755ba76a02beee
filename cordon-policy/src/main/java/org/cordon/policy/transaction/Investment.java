package org.cordon.policy.transaction;

/**
 * An investment: the buyer acquires a share of the seller.
 *
 * @param share the share acquired, 0 to 1
 * @param criticalTechnology the target produces, designs, tests or develops critical technologies (FIRRMA)
 * @param control the investment gives control, or board or observer rights, or access to non-public technical
 *     information
 */
public record Investment(double share, boolean criticalTechnology, boolean control) {}
