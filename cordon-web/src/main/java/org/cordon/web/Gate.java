package org.cordon.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.cordon.server.http.SecurityHeaders;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;

/**
 * In front of every page: security headers; a session (else to the sign-in page); the CSRF token on every POST (else
 * 403); and, per page, the role it needs (else 403). The sign-in form carries a token of its own, from a short cookie
 * set with the form, so that nobody can sign a browser in under their key.
 */
final class Gate {

    static final String SESSION_COOKIE = "cordon_session";
    static final String SIGN_IN_COOKIE = "cordon_sign_in";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "cordon.web.session";

    private final WebSessions sessions;
    private final ApiKeys keys;
    private final Views views;

    Gate(WebSessions sessions, ApiKeys keys, Views views) {
        this.sessions = sessions;
        this.keys = keys;
        this.views = views;
    }

    void before(Context ctx) {
        SecurityHeaders.apply(ctx);
        String path = ctx.path();
        if (path.startsWith("/ui/assets/")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (path.equals("/ui/sign-in")) {
            if (isPost(ctx) && !same(ctx.cookie(SIGN_IN_COOKIE), presented(ctx))) {
                refuse(ctx, Chrome.signedOut("Forbidden", ""));
            }
            return;
        }
        Optional<WebSession> s = sessions.find(ctx.cookie(SESSION_COOKIE)).filter(this::keyInForce);
        if (s.isEmpty()) {
            String to = "/ui/sign-in";
            if (ctx.header("HX-Request") != null) {
                ctx.header("HX-Redirect", to).status(401);
            } else {
                ctx.redirect(to);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (isPost(ctx) && !same(s.get().csrf(), presented(ctx))) {
            refuse(ctx, Chrome.of(s.get(), "Forbidden", ""));
            return;
        }
        ctx.attribute(SESSION, s.get());
    }

    private boolean keyInForce(WebSession s) {
        boolean ok = keys.get(s.keyId()).map(k -> k.revokedAt().isEmpty()).orElse(false);
        if (!ok) {
            sessions.close(s.id());
        }
        return ok;
    }

    private void refuse(Context ctx, Chrome chrome) {
        views.problem(ctx, 403, chrome, "This form has expired",
                "The form was sent without its security token, or from another page. Go back, reload the page and try again.");
        ctx.skipRemainingHandlers();
    }

    private static boolean isPost(Context ctx) {
        return !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    }

    private static String presented(Context ctx) {
        String h = ctx.header(CSRF_HEADER);
        if (h != null) {
            return h;
        }
        String f = ctx.formParam(CSRF_FIELD);
        return f == null ? "" : f;
    }

    private static boolean same(String expected, String presented) {
        if (expected == null || expected.isEmpty() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The signed-in person of a page behind the gate. */
    static WebSession session(Context ctx) {
        WebSession s = ctx.attribute(SESSION);
        if (s == null) {
            throw new IllegalStateException("no session on a page behind the gate");
        }
        return s;
    }

    /** A page that needs a role: 403 with the reason for anyone below it. */
    Handler page(Role needed, Handler h) {
        return ctx -> {
            WebSession s = session(ctx);
            if (!s.may(needed)) {
                views.problem(ctx, 403, Chrome.of(s, "Not for your role", ""), "Not for your role",
                        "This page needs the " + needed.wireName() + " role; you are signed in as " + s.role().wireName() + ".");
                return;
            }
            h.handle(ctx);
        };
    }

    static void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        Cookie c = new Cookie(name, value, "/ui", maxAgeSeconds, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
        ctx.cookie(c);
    }
}
