package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.store.CaseStatus;
import org.cordon.store.Cases;
import org.cordon.store.Database;
import org.cordon.store.DecisionStore;
import org.cordon.store.ReviewCase;
import org.cordon.store.StoreException;
import org.cordon.store.Suppressions;

/** Review cases: every REVIEW opens one; reviewers assign, comment and decide (true match, or false positive with a reason). */
public final class CasesApi {

    private final Cases cases;
    private final DecisionStore decisions;
    private final Suppressions suppressions;
    private final Database db;

    public CasesApi(Database db) {
        this.db = db;
        this.cases = new Cases(db);
        this.decisions = new DecisionStore(db);
        this.suppressions = new Suppressions(db);
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/cases", Role.REVIEWER, "cases", "Cases by status (?status=open|closed&limit=100), oldest first, with their age",
                        "CaseList", this::list),
                ApiRoute.get("/api/cases/{id}", Role.REVIEWER, "cases",
                        "One case: its history, the decision and transaction it came from, and the suppressions of its party", "CaseDetail", this::get),
                ApiRoute.post("/api/cases/{id}/assign", Role.REVIEWER, "cases", "Assign the case ({\"assignee\": \"name\"})",
                        "AssignRequest", "Case", this::assign),
                ApiRoute.post("/api/cases/{id}/comment", Role.REVIEWER, "cases", "Comment on the case ({\"text\": \"...\"})",
                        "CommentRequest", "CaseEvent", this::comment),
                ApiRoute.post("/api/cases/{id}/decide", Role.REVIEWER, "cases",
                        "Decide: {\"resolution\": \"true-match\"|\"false-positive\", \"reason\": \"...\"}; a false positive suppresses the"
                                + " same alert until the listed entry changes", "DecideRequest", "Case", this::decide));
    }

    private void list(Context ctx) {
        String s = ctx.queryParam("status");
        CaseStatus status = s == null || s.isBlank() || s.equalsIgnoreCase("open") ? CaseStatus.OPEN
                : s.equalsIgnoreCase("closed") ? CaseStatus.CLOSED : null;
        if (status == null) {
            throw new ApiError(400, "status must be open or closed", "status");
        }
        int limit = DecisionsApi.intParam(ctx, "limit", 100, 1, 1000);
        Instant now = Instant.now(db.clock());
        Json.ok(ctx, Map.of("cases", cases.list(status, limit).stream().map(c -> view(c, now)).toList()));
    }

    static Map<String, Object> view(ReviewCase c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", c);
        m.put("ageHours", Duration.between(c.openedAt(), now).toHours());
        return m;
    }

    private ReviewCase found(Context ctx) {
        return cases.get(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("no case " + ctx.pathParam("id")));
    }

    private void get(Context ctx) throws Exception {
        ReviewCase c = found(ctx);
        Map<String, Object> out = view(c, Instant.now(db.clock()));
        out.put("events", cases.events(c.id()));
        var d = decisions.get(c.decisionId());
        if (d.isPresent()) {
            out.put("decision", Json.MAPPER.readTree(d.get().decisionJson()));
            out.put("transaction", Json.MAPPER.readTree(d.get().transactionJson()));
        }
        out.put("suppressions", c.partyId().isEmpty() ? List.of() : suppressions.forParty(c.partyId()));
        Json.ok(ctx, out);
    }

    private void assign(Context ctx) {
        JsonNode body = Json.object(ctx);
        ReviewCase c = found(ctx);
        Json.ok(ctx, guarded(() -> cases.assign(c.id(), nonBlank(body, "assignee", 200), Auth.principal(ctx).actor())));
    }

    private void comment(Context ctx) {
        JsonNode body = Json.object(ctx);
        ReviewCase c = found(ctx);
        Json.ok(ctx, guarded(() -> cases.comment(c.id(), nonBlank(body, "text", 10_000), Auth.principal(ctx).actor())));
    }

    private void decide(Context ctx) {
        JsonNode body = Json.object(ctx);
        ReviewCase c = found(ctx);
        String r = Json.text(body, "resolution").strip().toLowerCase(Locale.ROOT);
        org.cordon.store.Resolution resolution = switch (r) {
            case "true-match", "true_match" -> org.cordon.store.Resolution.TRUE_MATCH;
            case "false-positive", "false_positive" -> org.cordon.store.Resolution.FALSE_POSITIVE;
            default -> throw new ApiError(400, "resolution must be true-match or false-positive", "resolution");
        };
        String reason = nonBlank(body, "reason", 10_000);
        Json.ok(ctx, guarded(() -> cases.decide(c.id(), resolution, reason, Auth.principal(ctx).actor())));
    }

    private static String nonBlank(JsonNode body, String field, int max) {
        String v = Json.text(body, field).strip();
        if (v.isEmpty()) {
            throw new ApiError(400, field + " is required", field);
        }
        if (v.length() > max) {
            throw new ApiError(400, field + " is longer than " + max + " characters", field);
        }
        return v;
    }

    /** The store refuses illegal transitions (deciding a closed case): that is the caller's conflict, 409. */
    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (StoreException | IllegalStateException | IllegalArgumentException e) {
            throw new ApiError(409, e.getMessage());
        }
    }
}
