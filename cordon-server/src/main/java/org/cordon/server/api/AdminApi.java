package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.store.ApiKeys;
import org.cordon.store.AuditLog;
import org.cordon.store.ChainVerification;
import org.cordon.store.Database;
import org.cordon.store.NewApiKey;

/** Keys (created, listed, revoked; the plaintext shown once) and the audit trail with its verification. */
public final class AdminApi {

    private final ApiKeys keys;
    private final AuditLog audit;

    public AdminApi(Database db) {
        this.keys = new ApiKeys(db);
        this.audit = new AuditLog(db);
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/keys", Role.ADMIN, "admin", "API keys (never their plaintext)", "KeyList",
                        ctx -> Json.ok(ctx, Map.of("keys", keys.list()))),
                ApiRoute.post("/api/keys", Role.ADMIN, "admin",
                        "Create a key ({\"role\": \"screener|reviewer|admin\", \"label\": \"...\"}); the answer holds its plaintext, once",
                        "KeyRequest", "NewKey", this::create),
                ApiRoute.delete("/api/keys/{id}", Role.ADMIN, "admin", "Revoke a key", this::revoke),
                ApiRoute.get("/api/audit", Role.ADMIN, "admin", "Audit records from ?from=SEQ (default 1), at most ?limit=100",
                        "AuditPage", this::list),
                ApiRoute.get("/api/audit/verify", Role.ADMIN, "admin",
                        "Recompute the hash chain; names the first broken record", "ChainVerification", this::verify));
    }

    private void create(Context ctx) {
        JsonNode body = Json.object(ctx);
        org.cordon.store.Role role;
        try {
            role = org.cordon.store.Role.parse(Json.text(body, "role"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage(), "role");
        }
        String label = Json.optionalText(body, "label", "").strip();
        if (label.length() > 200) {
            throw new ApiError(400, "label is longer than 200 characters", "label");
        }
        NewApiKey k = keys.create(role, label, Auth.principal(ctx).actor());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", k.key());
        out.put("plaintext", k.plaintext());
        out.put("note", "store the key now: Cordon keeps only its hash");
        Json.write(ctx, 201, out);
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam("id");
        var key = keys.get(id).orElseThrow(() -> ApiError.notFound("no key " + id));
        if (id.equals(Auth.principal(ctx).keyId())) {
            throw new ApiError(409, "a key cannot revoke itself; use another admin key");
        }
        if (key.revoked()) {
            throw new ApiError(409, "key " + id + " is revoked already");
        }
        try {
            Json.ok(ctx, keys.revoke(id, Auth.principal(ctx).actor()));
        } catch (IllegalStateException e) {
            // revoked by another request between the look-up and the revocation
            throw new ApiError(409, "key " + id + " is revoked already");
        }
    }

    private void list(Context ctx) {
        long from = DecisionsApi.intParam(ctx, "from", 1, 1, Integer.MAX_VALUE);
        int limit = DecisionsApi.intParam(ctx, "limit", 100, 1, 1000);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("head", audit.head());
        out.put("records", audit.list(from, limit));
        Json.ok(ctx, out);
    }

    private void verify(Context ctx) {
        ChainVerification v = audit.verify();
        Json.write(ctx, 200, v);
    }
}
