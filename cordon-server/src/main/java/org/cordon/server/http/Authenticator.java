package org.cordon.server.http;

import java.util.Optional;

/** Looks up the principal of an API key. */
@FunctionalInterface
public interface Authenticator {
    Optional<Principal> authenticate(String key);
}
