package org.cordon.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An API key as stored: everything but the key, which is kept only as its SHA-256.
 *
 * @param id the key's public id, safe to log and to name as an actor
 * @param revokedAt when it was revoked; a revoked key no longer authenticates
 */
public record ApiKey(String id, Role role, String label, Instant createdAt, Optional<Instant> revokedAt) {

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
