package org.cordon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.cordon.server.http.AuthThrottle;
import org.cordon.store.ApiKey;
import org.cordon.store.ApiKeys;

/** Sign in with an API key (the session remembers the key's id and role, never the key), and sign out. */
public final class SignInPages {

    private final WebSessions sessions;
    private final ApiKeys keys;
    private final Views views;
    private final AuthThrottle throttle;

    public record SignInPage(Chrome chrome, String error) {}

    SignInPages(WebSessions sessions, ApiKeys keys, Views views, AuthThrottle throttle) {
        this.sessions = sessions;
        this.keys = keys;
        this.views = views;
        this.throttle = throttle;
    }

    void form(Context ctx) {
        String token = sessions.token();
        Gate.setCookie(ctx, Gate.SIGN_IN_COOKIE, token, 3600);
        views.render(ctx, "sign-in.jte", new SignInPage(Chrome.signedOut("Sign in", token), ""));
    }

    void signIn(Context ctx) {
        String key = Optional.ofNullable(ctx.formParam("key")).orElse("").strip();
        long wait = key.isEmpty() ? 0 : throttle.retryAfterSeconds(AuthThrottle.address(ctx));
        if (wait > 0) {
            // The same limit as the API's: failed sign-ins and bad keys from one address share one count.
            Chrome chrome = Chrome.signedOut("Sign in", ctx.cookie(Gate.SIGN_IN_COOKIE));
            ctx.header("Retry-After", Long.toString(wait));
            views.render(ctx, 429, "sign-in.jte", new SignInPage(chrome,
                    "Too many failed sign-ins from your address. Try again in " + wait + " seconds."));
            return;
        }
        Optional<ApiKey> found = key.isEmpty() ? Optional.empty() : keys.authenticate(key);
        if (found.isEmpty()) {
            if (!key.isEmpty()) {
                throttle.failed(AuthThrottle.address(ctx));
            }
            String error = key.isEmpty() ? "Enter your API key." : "That key is unknown or has been revoked.";
            Chrome chrome = Chrome.signedOut("Sign in", ctx.cookie(Gate.SIGN_IN_COOKIE));
            views.render(ctx, key.isEmpty() ? 400 : 401, "sign-in.jte", new SignInPage(chrome, error));
            return;
        }
        sessions.close(ctx.cookie(Gate.SESSION_COOKIE));
        WebSession s = sessions.open(found.get());
        Gate.setCookie(ctx, Gate.SESSION_COOKIE, s.id(), -1);
        Gate.setCookie(ctx, Gate.SIGN_IN_COOKIE, "", 0);
        ctx.redirect("/ui/screen", HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.close(ctx.cookie(Gate.SESSION_COOKIE));
        Gate.setCookie(ctx, Gate.SESSION_COOKIE, "", 0);
        ctx.redirect("/ui/sign-in", HttpStatus.SEE_OTHER);
    }
}
