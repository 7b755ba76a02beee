package org.cordon.web;

import java.time.Instant;
import org.cordon.server.http.Principal;
import org.cordon.store.Role;

/**
 * A signed-in person: the API key they signed in with (its id, never the key), its role and label, and the token
 * every form of theirs must carry.
 */
public record WebSession(String id, String csrf, String keyId, Role role, String label, Instant openedAt) {

    /** The actor the audit trail records, the same as for the key on the API. */
    public String actor() {
        return new Principal(keyId, org.cordon.server.http.Role.valueOf(role.name()), label).actor();
    }

    public boolean may(Role needed) {
        return role.allows(needed);
    }
}
