package org.cordon.server.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.transaction.Transaction;
import org.cordon.store.DecisionRecord;

/** A kept decision decided again, as of its date, against the lists active now: what would change. */
public final class Replays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Replays() {}

    /**
     * @param changed whether the outcome or a program's outcome would differ (new list versions alone are not a change)
     * @param changes each difference in words: the outcome, each program, the list versions
     */
    public record Replay(DecisionRecord record, JsonNode then, Decision now, boolean changed, List<String> changes) {
        public Replay {
            changes = List.copyOf(changes);
        }
    }

    public static Replay of(Engine engine, DecisionRecord r) {
        Transaction t = engine.decisions().reader().read(r.transactionJson());
        Decision now = engine.decisions().decide(t);
        JsonNode then;
        try {
            then = JSON.readTree(r.decisionJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept decision " + r.id() + " is not JSON", e);
        }
        List<String> changes = new ArrayList<>();
        boolean changed = false;
        if (!then.path("outcome").asText().equals(now.outcome().name())) {
            changes.add("outcome " + then.path("outcome").asText() + " -> " + now.outcome());
            changed = true;
        }
        Map<String, String> before = new LinkedHashMap<>();
        then.path("programs").forEach(p -> before.put(p.path("id").asText(), p.path("outcome").asText()));
        for (ProgramResult p : now.programs()) {
            String was = before.remove(p.id());
            if (was == null) {
                changes.add(p.id() + ": now applies (" + p.outcome() + ")");
                changed = true;
            } else if (!was.equals(p.outcome().name())) {
                changes.add(p.id() + ": " + was + " -> " + p.outcome());
                changed = true;
            }
        }
        for (var e : before.entrySet()) {
            changes.add(e.getKey() + ": no longer applies (was " + e.getValue() + ")");
            changed = true;
        }
        if (!r.listVersions().equals(now.listVersions())) {
            changes.add("list versions " + r.listVersions() + " -> " + now.listVersions());
        }
        return new Replay(r, then, now, changed, changes);
    }
}
