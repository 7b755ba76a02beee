package org.cordon.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cordon.match.Match;
import org.cordon.match.ScreeningQuery;
import org.cordon.match.Screener;
import org.cordon.model.Country;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.server.engine.Engine;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;

/**
 * The W3C Reconciliation Service API (v0.2) over the listed parties, so that OpenRefine users can reconcile a
 * spreadsheet of suppliers against the lists: the manifest, reconciliation queries (with {@code country} as a
 * property), and a view of each entity. The key may come in the URL ({@code /reconcile?key=KEY}), since OpenRefine
 * sends no headers.
 */
public final class ReconcileApi {

    static final int MAX_QUERIES = 500;

    private static final List<Map<String, String>> TYPES = List.of(
            Map.of("id", "organization", "name", "Organization"), Map.of("id", "person", "name", "Person"),
            Map.of("id", "vessel", "name", "Vessel"), Map.of("id", "aircraft", "name", "Aircraft"));

    private final EngineHolder engines;
    private final Supplier<String> publicBase;

    /**
     * @param publicBase the server's configured public base URL (never the request's {@code Host}): identifier and
     *                   schema spaces must not change with whoever asks
     */
    public ReconcileApi(EngineHolder engines, Supplier<String> publicBase) {
        this.engines = engines;
        this.publicBase = publicBase;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/reconcile", Role.SCREENER, "reconciliation",
                        "Service manifest; with ?queries={...} answers reconciliation queries", "ReconcileManifest", this::get),
                ApiRoute.post("/reconcile", Role.SCREENER, "reconciliation",
                        "Reconciliation queries, as the form field queries={\"q0\": {\"query\": \"...\", \"type\": \"organization\"}} or JSON",
                        "ReconcileQueries", "ReconcileResults", this::post),
                ApiRoute.get("/reconcile/entity/{id}", Role.SCREENER, "reconciliation",
                        "One listed party as JSON (id is list:sourceId)", "Party", this::entity),
                ApiRoute.get("/reconcile/schema", Role.PUBLIC, "reconciliation",
                        "The schema space: the types and properties of the reconciliation service (no data)", "", this::schema),
                ApiRoute.get("/reconcile/view/{id}", Role.PUBLIC, "reconciliation",
                        "OpenRefine's view of an entity: a redirect to its page in the web interface, which asks the"
                                + " user to sign in (the key is never in a URL)", "", this::view));
    }

    private String base() {
        String base = publicBase.get();
        if (base == null) {
            throw new ApiError(503, "the server is starting");
        }
        return base;
    }

    private void get(Context ctx) throws JsonProcessingException {
        String queries = ctx.queryParam("queries");
        if (queries != null) {
            answer(ctx, queries);
            return;
        }
        // Built from the configured public URL only: the request's Host header is the caller's to choose, and the
        // caller's key never goes into a URL of the manifest (OpenRefine shows and stores these).
        String base = base();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "Cordon restricted-party lists");
        m.put("identifierSpace", base + "/reconcile/entity/");
        m.put("schemaSpace", base + "/reconcile/schema");
        m.put("defaultTypes", TYPES);
        m.put("view", Map.of("url", base + "/reconcile/view/{{id}}"));
        m.put("batchSize", 50);
        Json.ok(ctx, m);
    }

    private void schema(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Cordon restricted-party lists");
        m.put("identifierSpace", base() + "/reconcile/entity/");
        m.put("entityIds", "list:sourceId, the list's id and the publisher's id of the entry");
        m.put("types", TYPES);
        m.put("properties", List.of(Map.of("id", "country", "name", "Country",
                "description", "ISO 3166-1 alpha-2 code or country name; narrows candidates to parties tied to it")));
        Json.ok(ctx, m);
    }

    private void view(Context ctx) {
        String id = ctx.pathParam("id");
        int colon = id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            throw new ApiError(400, "an entity id is list:sourceId", "id");
        }
        String party = id.substring(0, colon) + "/" + id.substring(colon + 1);
        ctx.redirect(base() + "/ui/party?id=" + java.net.URLEncoder.encode(party, java.nio.charset.StandardCharsets.UTF_8),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void post(Context ctx) throws JsonProcessingException {
        String queries = ctx.formParam("queries");
        if (queries == null) {
            JsonNode body = Json.object(ctx);
            JsonNode q = body.has("queries") ? body.get("queries") : body;
            answer(ctx, q.isTextual() ? q.asText() : q.toString());
            return;
        }
        answer(ctx, queries);
    }

    private void answer(Context ctx, String queriesJson) throws JsonProcessingException {
        JsonNode queries;
        try {
            queries = Json.MAPPER.readTree(queriesJson);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "queries is not valid JSON: " + e.getOriginalMessage(), "queries");
        }
        if (queries == null || !queries.isObject()) {
            throw new ApiError(400, "queries must be a JSON object of named queries", "queries");
        }
        if (queries.size() > MAX_QUERIES) {
            throw new ApiError(413, queries.size() + " queries; at most " + MAX_QUERIES);
        }
        Engine engine = engines.current();
        Map<String, Object> out = new LinkedHashMap<>();
        var it = queries.fields();
        while (it.hasNext()) {
            var e = it.next();
            out.put(e.getKey(), Map.of("result", results(engine, e.getValue(), e.getKey())));
        }
        Json.ok(ctx, out);
    }

    private static List<Map<String, Object>> results(Engine engine, JsonNode q, String name) {
        if (!q.isObject() || !q.path("query").isTextual() || q.path("query").asText().isBlank()) {
            throw new ApiError(400, name + ".query is required: the name to reconcile", name + ".query");
        }
        String type = q.path("type").asText("");
        int limit = Math.max(1, Math.min(25, q.path("limit").asInt(5)));
        Optional<Country> country = Optional.empty();
        for (JsonNode p : q.path("properties")) {
            if (p.path("pid").asText().equals("country") && !p.path("v").asText().isBlank()) {
                Country c = Country.of(p.path("v").asText().strip());
                country = c.isKnown() ? Optional.of(c) : Optional.empty();
            }
        }
        PartyType t = ScreenApi.type(type, name + ".type");
        List<Match> matches = engine.screener().screen(new ScreeningQuery(q.get("query").asText(), t, country,
                Optional.empty(), List.of()), 0.5, limit);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Match m : matches) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", m.party().listId() + ":" + m.party().sourceId());
            r.put("name", m.party().primaryName().value());
            r.put("score", Math.round(m.score() * 1000) / 10.0);
            r.put("match", m.score() >= Screener.DEFAULT_THRESHOLD && out.isEmpty());
            String ptype = m.party().type().name().toLowerCase(Locale.ROOT);
            r.put("type", TYPES.stream().filter(x -> x.get("id").equals(ptype)).toList());
            r.put("description", m.matchedName().value() + " (" + m.listVersion() + ")");
            out.add(r);
        }
        return out;
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        int colon = id.indexOf(':');
        if (colon <= 0) {
            throw new ApiError(400, "an entity id is list:sourceId", "id");
        }
        Party p = engines.current().listed().get(id.substring(0, colon) + "/" + id.substring(colon + 1))
                .map(l -> l.party()).orElseThrow(() -> ApiError.notFound("no listed party " + id));
        Json.ok(ctx, p);
    }
}
