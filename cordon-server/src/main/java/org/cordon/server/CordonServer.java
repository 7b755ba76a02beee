package org.cordon.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Errors;
import org.cordon.server.http.Json;
import org.cordon.server.http.Metrics;
import org.cordon.server.http.OpenApi;
import org.cordon.server.http.Role;
import org.cordon.server.http.SecurityHeaders;
import org.cordon.server.lists.ListFreshness;

/** The HTTP server: registers every route with its role check, errors, metrics, the OpenAPI document and Swagger UI. */
public final class CordonServer implements AutoCloseable {

    /** Open connections the server holds at most (each costs buffers; 2 cores serve far fewer at once). */
    static final int MAX_CONNECTIONS = 1_000;

    private static final String STARTED = "cordon.t0";
    private static final String ROUTE = "cordon.route";

    private final Javalin app;

    private CordonServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts on the host and port (0 picks a free port).
     *
     * @param routes every API route; the system routes (/health, /metrics, /openapi.json, /swagger) are added here
     */
    public static CordonServer start(String host, int port, List<ApiRoute> routes, Auth auth, Metrics metrics,
                                     EngineHolder engines, ListFreshness freshness, String version,
                                     java.util.function.Consumer<io.javalin.config.JavalinConfig> extensions) {
        List<ApiRoute> all = new ArrayList<>(routes);
        all.add(ApiRoute.get("/health", Role.PUBLIC, "system", "Liveness, the list versions in use and their freshness:"
                        + " degraded, naming them, when a publisher's list is older than lists.max-age", "Health",
                ctx -> Json.ok(ctx, freshness.health(engines.current().listVersions()))));
        all.add(ApiRoute.get("/metrics", Role.ADMIN, "system", "Prometheus metrics (text format)", "",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape())));
        List<ApiRoute> documented = List.copyOf(all);
        var openapi = OpenApi.document(documented, version);
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.http.maxRequestSize = org.cordon.server.api.ListsApi.MAX_UPLOAD_BYTES;
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.enableWebjars();
            // Past this many open connections Jetty stops accepting until some close: a flood of clients then waits
            // in the kernel's backlog instead of filling the heap with connection buffers.
            cfg.jetty.modifyServer(server -> server.addBean(
                    new org.eclipse.jetty.server.NetworkConnectionLimit(MAX_CONNECTIONS, server)));
            Errors.register(cfg.routes);
            cfg.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                SecurityHeaders.apply(ctx);
            });
            cfg.routes.after(ctx -> {
                Long t0 = ctx.attribute(STARTED);
                String route = ctx.attribute(ROUTE);
                if (t0 != null) {
                    metrics.request(ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(),
                            (System.nanoTime() - t0) / 1e9);
                }
            });
            for (ApiRoute r : documented) {
                Handler h = ctx -> {
                    ctx.attribute(ROUTE, r.path());
                    auth.require(ctx, r.role());
                    Json.requireStorableParameters(ctx);
                    r.handler().handle(ctx);
                };
                switch (r.method()) {
                    case "GET" -> {
                        cfg.routes.get(r.path(), h);
                        // HEAD answers as GET would, key check included (without a route of its own, a HEAD
                        // request would be answered 200 with no check at all).
                        cfg.routes.head(r.path(), h);
                    }
                    case "POST" -> cfg.routes.post(r.path(), h);
                    case "DELETE" -> cfg.routes.delete(r.path(), h);
                    default -> throw new IllegalArgumentException("method " + r.method());
                }
            }
            // Documentation, not data: readable without a key so that a client can learn how to get one.
            cfg.routes.get("/openapi.json", ctx -> Json.ok(ctx, openapi));
            cfg.routes.get("/swagger", ctx -> ctx.contentType("text/html; charset=utf-8").result(SwaggerPage.HTML));
            cfg.routes.get("/swagger-init.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                    .result(SwaggerPage.INIT_SCRIPT));
            extensions.accept(cfg);
        });
        app.start();
        return new CordonServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
