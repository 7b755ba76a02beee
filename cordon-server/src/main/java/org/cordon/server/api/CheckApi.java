package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cordon.model.Party;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.ListedParties;
import org.cordon.policy.transaction.Transaction;
import org.cordon.server.engine.Engine;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.engine.EntryHash;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.http.Json;
import org.cordon.server.http.Metrics;
import org.cordon.server.lists.ListFreshness;
import org.cordon.server.http.Principal;
import org.cordon.server.http.Role;
import org.cordon.store.Cases;
import org.cordon.store.Database;
import org.cordon.store.DecisionRecord;
import org.cordon.store.DecisionStore;
import org.cordon.store.Registry;
import org.cordon.store.ReviewCase;
import org.cordon.store.Suppressions;

/**
 * {@code POST /api/check}: decides a transaction, keeps the decision with its audit record, opens a review case for
 * a REVIEW, and leaves out matches a reviewer has cleared as false positives (while the entry is unchanged).
 */
public final class CheckApi {

    private final EngineHolder engines;
    private final Database db;
    private final DecisionStore decisions;
    private final Cases cases;
    private final Suppressions suppressions;
    private final Registry registry;
    private final Metrics metrics;

    private final ListFreshness freshness;

    public CheckApi(EngineHolder engines, Database db, Metrics metrics, ListFreshness freshness) {
        this.freshness = freshness;
        this.engines = engines;
        this.db = db;
        this.decisions = new DecisionStore(db);
        this.cases = new Cases(db);
        this.suppressions = new Suppressions(db);
        this.registry = new Registry(db);
        this.metrics = metrics;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/check", Role.SCREENER, "decisions",
                "Decide a transaction (the cordon check contract); kept with its audit record; a REVIEW opens a case."
                        + " ?registry=ID records the decision against a registry entry",
                "Transaction", "Decision", this::check));
    }

    private void check(Context ctx) {
        JsonNode body = Json.object(ctx);
        Principal who = Auth.principal(ctx);
        String registryId = ctx.queryParam("registry");
        if (registryId != null && registry.get(registryId).isEmpty()) {
            throw new ApiError(404, "no registry entry " + registryId, "registry");
        }
        Engine engine = engines.current();
        Transaction t = engine.decisions().reader().read(body);
        Stored stored = decideAndKeep(engine, t, body.toString(), who.actor(), registryId);
        ObjectNode out = DecisionJson.toJson(stored.decision());
        out.put("id", stored.id());
        out.set("listFreshness", Json.MAPPER.valueToTree(
                freshness.of(stored.decision().listVersions()).stream().map(ListFreshness.ListAge::json).toList()));
        var caseIds = out.putArray("cases");
        stored.caseIds().forEach(caseIds::add);
        Json.ok(ctx, out);
    }

    /** A decision as kept: its id and the cases it opened. */
    public record Stored(String id, Decision decision, List<String> caseIds) {}

    public Stored decideAndKeep(Engine engine, Transaction t, String transactionJson, String actor, String registryId) {
        Decision d = engine.decisions().decide(t, f -> !suppressed(engine.listed(), f),
                f -> "suppressed: " + f.subject().field() + " '" + f.subject().name() + "' is not "
                        + f.matchedName() + " (" + f.matchedPartyId() + "), as a reviewer decided; lapses when the entry changes");
        String id = UUID.randomUUID().toString();
        String json = DecisionJson.write(d);
        List<String> caseIds = db.transaction(conn -> {
            decisions.save(new DecisionRecord(id, Instant.now(db.clock()), actor, d.asOf(), d.outcome().name(),
                    t.reference(), transactionJson, json, d.listVersions()));
            List<String> opened = new ArrayList<>();
            if (d.outcome() == Outcome.REVIEW) {
                for (CaseSeed s : seeds(engine.listed(), d)) {
                    ReviewCase c = cases.open(id, s.subject(), s.partyId(), s.entryHash(), s.queryKey(), s.summary(), actor);
                    opened.add(c.id());
                }
            }
            if (registryId != null) {
                registry.recordDecision(registryId, id);
            }
            return opened;
        });
        metrics.decision(d.outcome().name());
        return new Stored(id, d, caseIds);
    }

    private boolean suppressed(ListedParties listed, Finding f) {
        return listed.get(f.matchedPartyId())
                .map(l -> suppressions.active(EntryHash.queryKey(f.subject().name()), f.matchedPartyId(), EntryHash.of(l.party())))
                .orElse(false);
    }

    private record CaseSeed(String subject, String partyId, String entryHash, String queryKey, String summary) {}

    /** One case per subject and listed party a REVIEW rests on, or one for the decision when it rests on none. */
    private static List<CaseSeed> seeds(ListedParties listed, Decision d) {
        List<ProgramResult> reviews = d.programs().stream().filter(r -> r.outcome() == Outcome.REVIEW).toList();
        String summary = String.join(" | ", reviews.stream().map(r -> r.id() + ": " + r.reason()).toList());
        if (summary.length() > 4000) {
            summary = summary.substring(0, 3997) + "...";
        }
        Set<String> seen = new LinkedHashSet<>();
        List<CaseSeed> out = new ArrayList<>();
        for (ProgramResult r : reviews) {
            for (int i : r.findings()) {
                Finding f = d.findings().get(i);
                if (!seen.add(f.subject().name() + "|" + f.matchedPartyId())) {
                    continue;
                }
                String hash = listed.get(f.matchedPartyId()).map(l -> EntryHash.of(l.party())).orElse("");
                out.add(new CaseSeed(f.subject().field() + ": " + f.subject().name(), f.matchedPartyId(), hash,
                        EntryHash.queryKey(f.subject().name()), summary));
            }
        }
        if (out.isEmpty()) {
            out.add(new CaseSeed("decision", "", "", "", summary));
        }
        return out;
    }
}
