package org.cordon.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.cordon.server.ServerExtension;
import org.cordon.server.ServiceContext;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;

/**
 * The web interface under {@code /ui}: every page is declared here with the role it needs. Pages call the same
 * services as the API ({@code /api}); none holds a rule of its own.
 */
public final class CordonWeb implements ServerExtension {

    @Override
    public void configure(JavalinConfig cfg, ServiceContext services) {
        Views views = new Views(() -> ListBanner.of(services.freshness(), services.engines().current().listVersions()));
        ApiKeys keys = new ApiKeys(services.db());
        WebSessions sessions = new WebSessions(Clock.systemUTC());
        Gate gate = new Gate(sessions, keys, views);
        SignInPages signIn = new SignInPages(sessions, keys, views, services.auth().throttle());
        CheckPages check = new CheckPages(services, views);
        ReviewPages review = new ReviewPages(services, views);
        PartyPages party = new PartyPages(services.engines(), views);
        ListPages lists = new ListPages(services, views);
        AuditPages audit = new AuditPages(services.db(), views);
        KeyPages keyPages = new KeyPages(keys, views);
        RegistryPages registry = new RegistryPages(services, views);
        DashboardPages dashboard = new DashboardPages(services, views);
        ScreenPages screen = new ScreenPages(services.engines(), new BatchJobs(services.engines()), views);

        cfg.staticFiles.add(s -> {
            s.hostedPath = "/ui/assets";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
            s.headers.put("Cache-Control", "max-age=3600");
        });
        var r = cfg.routes;
        r.before("/ui/*", gate::before);
        r.get("/", ctx -> ctx.redirect("/ui/screen"));
        r.get("/ui", ctx -> ctx.redirect("/ui/screen"));
        r.get("/ui/", ctx -> ctx.redirect("/ui/screen"));

        r.get("/ui/sign-in", signIn::form);
        r.post("/ui/sign-in", signIn::signIn);
        r.post("/ui/sign-out", signIn::signOut);

        r.get("/ui/screen", gate.page(Role.SCREENER, screen::screen));
        r.post("/ui/screen/batch", gate.page(Role.SCREENER, screen::startBatch));
        r.get("/ui/screen/batch/{id}", gate.page(Role.SCREENER, screen::batchPage));
        r.get("/ui/screen/batch/{id}/progress", gate.page(Role.SCREENER, screen::batchProgress));
        r.get("/ui/screen/batch/{id}/results.csv", gate.page(Role.SCREENER, screen::batchCsv));

        r.get("/ui/check", gate.page(Role.SCREENER, check::form));
        r.post("/ui/check", gate.page(Role.SCREENER, check::check));
        r.get("/ui/decisions/{id}", gate.page(Role.SCREENER, check::decision));
        r.get("/ui/decisions/{id}/replay", gate.page(Role.SCREENER, check::replay));

        r.get("/ui/review", gate.page(Role.REVIEWER, review::queue));
        r.get("/ui/review/{id}", gate.page(Role.REVIEWER, review::show));
        r.post("/ui/review/{id}/assign", gate.page(Role.REVIEWER, review::assign));
        r.post("/ui/review/{id}/decide", gate.page(Role.REVIEWER, review::decide));
        r.post("/ui/review/{id}/comment", gate.page(Role.REVIEWER, review::comment));

        r.get("/ui/party", gate.page(Role.SCREENER, party::show));
        r.get("/ui/party/graph", gate.page(Role.SCREENER, party::graph));

        r.get("/ui/lists", gate.page(Role.SCREENER, lists::show));
        r.get("/ui/lists/diff", gate.page(Role.SCREENER, lists::diff));
        r.post("/ui/lists/import", gate.page(Role.ADMIN, lists::importFile));
        r.post("/ui/lists/update", gate.page(Role.ADMIN, lists::update));
        r.post("/ui/lists/{list}/activate", gate.page(Role.ADMIN, lists::activate));

        r.get("/ui/dashboard", gate.page(Role.SCREENER, dashboard::show));

        r.get("/ui/registry", gate.page(Role.REVIEWER, registry::show));
        r.post("/ui/registry", gate.page(Role.REVIEWER, registry::add));
        r.post("/ui/registry/rescreen", gate.page(Role.REVIEWER, registry::rescreen));

        r.get("/ui/audit", gate.page(Role.ADMIN, audit::show));
        r.get("/ui/keys", gate.page(Role.ADMIN, keyPages::show));
        r.post("/ui/keys", gate.page(Role.ADMIN, keyPages::create));
        r.post("/ui/keys/{id}/revoke", gate.page(Role.ADMIN, keyPages::revoke));
    }

    static void seeOther(io.javalin.http.Context ctx, String to) {
        ctx.redirect(to, HttpStatus.SEE_OTHER);
    }
}
