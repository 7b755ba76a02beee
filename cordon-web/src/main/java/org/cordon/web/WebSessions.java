package org.cordon.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cordon.store.ApiKey;

/**
 * Sessions in memory, by a random id carried in an HttpOnly, SameSite=Strict cookie. A session ends on sign-out,
 * after {@link #IDLE} without a request, or when its key is revoked (checked on every request by the gate).
 */
final class WebSessions {

    static final Duration IDLE = Duration.ofHours(8);

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    private record Entry(WebSession session, Instant lastSeen) {}

    WebSessions(Clock clock) {
        this.clock = clock;
    }

    WebSession open(ApiKey key) {
        WebSession s = new WebSession(token(), token(), key.id(), key.role(), key.label(), clock.instant());
        sessions.put(s.id(), new Entry(s, s.openedAt()));
        return s;
    }

    Optional<WebSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Entry e = sessions.get(id);
        Instant now = clock.instant();
        if (e == null) {
            return Optional.empty();
        }
        if (e.lastSeen().plus(IDLE).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.replace(id, e, new Entry(e.session(), now));
        return Optional.of(e.session());
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** 256 random bits, hex. */
    String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
