package org.cordon.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cordon.ingest.ImportException;
import org.cordon.policy.transaction.TransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure answers JSON {@code {"error", "field"?}} with a 4xx the caller can act on; anything unexpected is a
 * 500 with an incident id, logged here with its stack trace, which never leaves the server.
 */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.field()));
        routes.exception(TransactionException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), e.field()));
        routes.exception(ImportException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), ""));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {}: {} {}", incident, ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error (incident " + incident + "); the server log has the details", "");
        });
        routes.error(404, "*", ctx -> {
            // An ApiError 404 has answered JSON already; Javalin's own "Endpoint ... not found" is plain text.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                answer(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), "");
            }
        });
        routes.error(405, "*", ctx -> answer(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), ""));
        routes.error(413, "*", ctx -> answer(ctx, 413, "request body too large", ""));
    }

    static void answer(Context ctx, int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null && !field.isEmpty()) {
            body.put("field", field);
        }
        Json.write(ctx, status, body);
    }
}
