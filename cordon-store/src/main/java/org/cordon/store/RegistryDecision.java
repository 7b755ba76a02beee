package org.cordon.store;

import java.time.Instant;

/** The last decision taken on a registry entry, and when it was recorded. */
public record RegistryDecision(String entryId, String decisionId, Instant recordedAt) {
}
