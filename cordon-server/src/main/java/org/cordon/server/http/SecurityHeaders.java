package org.cordon.server.http;

import io.javalin.http.Context;

/**
 * The headers every answer carries, API, documentation and web pages alike: no MIME sniffing, no framing (both the
 * old header and the policy's {@code frame-ancestors}), no referrer to other sites, and a content security policy
 * that lets a page load scripts, styles and images from this server only (no inline script anywhere; inline styles
 * for Swagger UI and the web pages' components; {@code data:} images for their icons).
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
