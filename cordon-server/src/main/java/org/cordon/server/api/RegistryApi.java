package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.Auth;
import org.cordon.server.monitor.RegistryMonitor;
import org.cordon.store.RegistryScreenings;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.store.Database;
import org.cordon.store.Registry;
import org.cordon.store.RegistryEntry;
import org.cordon.store.RegistryKind;

/** The organisation's own suppliers, products and people, each with its last decision (for monitoring). */
public final class RegistryApi {

    private final Registry registry;
    private final RegistryScreenings screenings;
    private final RegistryMonitor monitor;
    private final EngineHolder engines;

    public RegistryApi(Database db, EngineHolder engines, RegistryMonitor monitor) {
        this.registry = new Registry(db);
        this.screenings = new RegistryScreenings(db);
        this.monitor = monitor;
        this.engines = engines;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/registry", Role.SCREENER, "registry",
                        "Registry entries of a kind (?kind=supplier|product|person) with the last decision on each", "RegistryList", this::list),
                ApiRoute.post("/api/registry", Role.REVIEWER, "registry",
                        "Add or update an entry ({\"id\"?, \"kind\", \"name\", \"attributes\": {...}}); it is screened at once"
                                + " and its new matches are alerts", "RegistryEntry", "RegistryEntry", this::upsert),
                ApiRoute.post("/api/registry/rescreen", Role.REVIEWER, "registry",
                        "Screen every entry against the active lists again (as after each list change): the new matches",
                        "", "RegistryAlerts", this::rescreen));
    }

    private static RegistryKind kind(String text, String field) {
        try {
            return RegistryKind.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage(), field);
        }
    }

    private void list(Context ctx) {
        String k = ctx.queryParam("kind");
        RegistryKind kind = kind(k == null ? "supplier" : k, "kind");
        var last = registry.lastDecisions(kind);
        var screened = screenings.all();
        List<Map<String, Object>> out = new ArrayList<>();
        for (RegistryEntry e : registry.list(kind)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entry", e);
            m.put("lastDecision", last.get(e.id()));
            m.put("lastScreening", screened.get(e.id()));
            out.add(m);
        }
        Json.ok(ctx, Map.of("entries", out));
    }

    private void upsert(Context ctx) {
        JsonNode body = Json.object(ctx);
        String id = Json.optionalText(body, "id", "").strip();
        if (id.isEmpty()) {
            id = UUID.randomUUID().toString();
        } else if (!id.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw new ApiError(400, "id may hold letters, digits and . _ : - only (at most 100)", "id");
        }
        String name = Json.text(body, "name").strip();
        if (name.isEmpty() || name.length() > 2000) {
            throw new ApiError(400, "name is required, at most 2000 characters", "name");
        }
        JsonNode attributes = body.get("attributes");
        if (attributes != null && !attributes.isNull() && !attributes.isObject()) {
            throw new ApiError(400, "attributes must be a JSON object", "attributes");
        }
        RegistryEntry saved = registry.upsert(new RegistryEntry(id, kind(Json.text(body, "kind"), "kind"), name,
                attributes == null || attributes.isNull() ? "{}" : attributes.toString()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entry", saved);
        out.put("alerts", monitor.rescreen(engines.current(), saved, Auth.principal(ctx).actor()));
        Json.ok(ctx, out);
    }

    private void rescreen(Context ctx) {
        Json.ok(ctx, Map.of("alerts", monitor.rescreenAll(engines.current(), Auth.principal(ctx).actor()),
                "listVersions", engines.current().listVersions()));
    }
}
