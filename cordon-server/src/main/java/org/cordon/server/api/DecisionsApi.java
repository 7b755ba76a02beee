package org.cordon.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.engine.Replays;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.store.Database;
import org.cordon.store.DecisionQuery;
import org.cordon.store.DecisionRecord;
import org.cordon.store.DecisionStore;

/** Past decisions: get, list and search; replay one as of its date against today's lists to see what would change. */
public final class DecisionsApi {

    private final EngineHolder engines;
    private final DecisionStore decisions;

    public DecisionsApi(EngineHolder engines, Database db) {
        this.engines = engines;
        this.decisions = new DecisionStore(db);
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/decisions", Role.SCREENER, "decisions",
                        "Past decisions, newest first: ?outcome=BLOCK&from=YYYY-MM-DD&to=YYYY-MM-DD&q=text&limit=50&offset=0",
                        "DecisionPage", this::search),
                ApiRoute.get("/api/decisions/{id}", Role.SCREENER, "decisions", "One past decision with its transaction",
                        "StoredDecision", this::get),
                ApiRoute.post("/api/decisions/{id}/replay", Role.SCREENER, "decisions",
                        "Decide the stored transaction again, as of its date, against the lists active now; show what changed",
                        "", "Replay", this::replay));
    }

    private void search(Context ctx) {
        Optional<String> outcome = Optional.ofNullable(ctx.queryParam("outcome")).map(String::strip).filter(s -> !s.isEmpty());
        outcome.ifPresent(o -> {
            if (!List.of("ALLOW", "ADVISORY", "REVIEW", "LICENSE_REQUIRED", "BLOCK").contains(o)) {
                throw new ApiError(400, "outcome must be ALLOW, ADVISORY, REVIEW, LICENSE_REQUIRED or BLOCK", "outcome");
            }
        });
        int limit = intParam(ctx, "limit", 50, 1, 500);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        DecisionQuery q = new DecisionQuery(outcome, day(ctx, "from", false), day(ctx, "to", true),
                Optional.ofNullable(ctx.queryParam("q")).filter(s -> !s.isBlank()), limit, offset);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DecisionRecord r : decisions.search(q)) {
            rows.add(summary(r));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", decisions.count(q));
        out.put("decisions", rows);
        Json.ok(ctx, out);
    }

    static Map<String, Object> summary(DecisionRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("createdAt", r.createdAt().toString());
        m.put("actor", r.actor());
        m.put("asOf", r.asOf().toString());
        m.put("outcome", r.outcome());
        m.put("reference", r.reference());
        m.put("listVersions", r.listVersions());
        return m;
    }

    private DecisionRecord record(Context ctx) {
        return decisions.get(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("no decision " + ctx.pathParam("id")));
    }

    private void get(Context ctx) throws Exception {
        DecisionRecord r = record(ctx);
        Map<String, Object> out = summary(r);
        out.put("transaction", Json.MAPPER.readTree(r.transactionJson()));
        out.put("decision", Json.MAPPER.readTree(r.decisionJson()));
        Json.ok(ctx, out);
    }

    private void replay(Context ctx) {
        Replays.Replay r = Replays.of(engines.current(), record(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.record().id());
        out.put("asOf", r.record().asOf().toString());
        out.put("changed", r.changed());
        out.put("changes", r.changes());
        out.put("then", r.then());
        out.put("now", DecisionJson.toJson(r.now()));
        Json.ok(ctx, out);
    }

    static Optional<Instant> day(Context ctx, String param, boolean endOfDay) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(v.strip());
            return Optional.of((endOfDay ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new ApiError(400, param + ": '" + v + "' is not a date YYYY-MM-DD", param);
        }
    }

    static int intParam(Context ctx, String param, int absent, int min, int max) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, param + " must be a whole number from " + min + " to " + max, param);
        }
    }
}
