package org.cordon.policy.transaction;

/**
 * Technology or software released to a person.
 *
 * @param eccn the Export Control Classification Number, or {@code EAR99}
 * @param tsuKind for the TSU licence exception: {@code operation} (operation technology, 740.13(a)),
 *     {@code sales} (sales technology), {@code mass-market-software}, or empty
 * @param usml on the U.S. Munitions List (ITAR, not the EAR)
 * @param sensitiveResearch the release is part of research a university or agency treats as sensitive
 */
public record Technology(String eccn, boolean fundamentalResearch, boolean published, boolean usml, String tsuKind,
                         boolean employeeOfUsCompany, boolean sensitiveResearch) {}
