package org.cordon.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down key guessing: failed authentications (an unknown or revoked API key, a failed sign-in) are counted per
 * client address in a window that starts with the first failure. Once an address has failed {@code maxFailures}
 * times, every authentication from it is refused (429 with {@code Retry-After}) until its window ends, a good key
 * included; then it starts afresh. Behind a reverse proxy every client shares the proxy's address.
 */
public final class AuthThrottle {

    /** At most {@code maxFailures} failures per address within {@code window}. */
    public record Limits(int maxFailures, Duration window) {
        /** Ten failures in five minutes. */
        public static final Limits DEFAULT = new Limits(10, Duration.ofMinutes(5));

        public Limits {
            if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
            }
        }
    }

    /** Addresses tracked at most; past this, windows that have ended are dropped. */
    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int failures) {}

    private final Limits limits;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public AuthThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public Limits limits() {
        return limits;
    }

    /** Seconds the address must wait before it may authenticate again; 0 when it may now. */
    public long retryAfterSeconds(String address) {
        Window w = windows.get(address);
        if (w == null) {
            return 0;
        }
        Instant end = w.start().plus(limits.window());
        Instant now = clock.instant();
        if (!now.isBefore(end)) {
            windows.remove(address, w);
            return 0;
        }
        if (w.failures() < limits.maxFailures()) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000);
    }

    /** Counts a failed authentication of the address. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED) {
            windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(limits.window())));
        }
        windows.compute(address, (a, w) -> w == null || !now.isBefore(w.start().plus(limits.window()))
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }

    /** Refuses with 429 and {@code Retry-After} while the address is locked out. */
    public void check(io.javalin.http.Context ctx) {
        long wait = retryAfterSeconds(address(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiError(429, "too many failed authentications from this address; try again in " + wait + " s");
        }
    }

    /** The client's address as the connection shows it (a forwarded-for header is not trusted). */
    public static String address(io.javalin.http.Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}
