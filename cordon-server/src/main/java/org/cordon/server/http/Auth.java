package org.cordon.server.http;

import io.javalin.http.Context;
import java.util.Locale;

/** Bearer keys: 401 without one (or with an unknown or revoked one), 403 when its role may not do this. */
public final class Auth {

    private static final String PRINCIPAL = "cordon.principal";

    private final Authenticator authenticator;
    private final AuthThrottle throttle;

    public Auth(Authenticator authenticator) {
        this(authenticator, new AuthThrottle(AuthThrottle.Limits.DEFAULT, java.time.Clock.systemUTC()));
    }

    public Auth(Authenticator authenticator, AuthThrottle throttle) {
        this.authenticator = authenticator;
        this.throttle = throttle;
    }

    /** The limiter of failed authentications, shared with the web interface's sign-in. */
    public AuthThrottle throttle() {
        return throttle;
    }

    public void require(Context ctx, Role needed) {
        if (needed == Role.PUBLIC) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null && ctx.path().startsWith("/reconcile") && ctx.queryParam("key") != null) {
            // OpenRefine cannot send headers to a reconciliation service: the key comes in the service URL.
            header = "Bearer " + ctx.queryParam("key");
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 8) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "an API key is required: Authorization: Bearer KEY");
        }
        throttle.check(ctx);
        Principal p = authenticator.authenticate(header.substring(7).strip()).orElseThrow(() -> {
            throttle.failed(AuthThrottle.address(ctx));
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiError(401, "unknown or revoked API key");
        });
        if (!p.role().allows(needed)) {
            throw new ApiError(403, "this needs the " + needed.name().toLowerCase(Locale.ROOT) + " role; the key has "
                    + p.role().name().toLowerCase(Locale.ROOT));
        }
        ctx.attribute(PRINCIPAL, p);
    }

    /** The caller of an authenticated route. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("no principal on a route that needs a key");
        }
        return p;
    }
}
