package org.cordon.store;

import java.time.Instant;

/**
 * A false positive remembered: the same query against the same party need not be reviewed again while the listed
 * entry is unchanged.
 *
 * @param entryHash the entry's hash when the case was decided; a new hash means the entry changed
 * @param caseId the case whose FALSE_POSITIVE decision made it
 */
public record Suppression(String queryKey, String partyId, String entryHash, String reason, String caseId,
                          Instant createdAt) {
}
