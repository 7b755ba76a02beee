package org.cordon.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.TransactionException;
import org.cordon.server.ServiceContext;
import org.cordon.server.api.CheckApi;
import org.cordon.server.engine.Engine;
import org.cordon.server.http.Json;
import org.cordon.store.Cases;
import org.cordon.store.DecisionRecord;
import org.cordon.store.DecisionStore;

/**
 * Check a transaction: pick its type, fill the guided form, and the decision is made and kept exactly as
 * {@code POST /api/check} makes and keeps it (a REVIEW opens cases); then the kept decision's page.
 */
public final class CheckPages {

    private final ServiceContext services;
    private final DecisionStore decisions;
    private final Cases cases;
    private final Views views;

    public record ChoosePage(Chrome chrome, List<TransactionForm.Kind> kinds) {}

    public record CheckPage(Chrome chrome, TransactionForm.Kind kind, Form form, String problem, String json) {}

    public record DecisionPage(Chrome chrome, DecisionView decision, boolean reviewer) {}

    public record ReplayPage(Chrome chrome, String id, String asOf, List<String> listVersions, String then, String now,
                             boolean changed, List<String> changes) {}

    CheckPages(ServiceContext services, Views views) {
        this.services = services;
        this.decisions = new DecisionStore(services.db());
        this.cases = new Cases(services.db());
        this.views = views;
    }

    void form(Context ctx) {
        WebSession s = Gate.session(ctx);
        TransactionForm.Kind kind = TransactionForm.kind(Optional.ofNullable(ctx.queryParam("type")).orElse(""));
        if (kind == null) {
            views.render(ctx, "check-choose.jte", new ChoosePage(Chrome.of(s, "Check a transaction", "check"), TransactionForm.KINDS));
            return;
        }
        Form form = Form.empty().set("date", LocalDate.now().toString());
        views.render(ctx, "check.jte", new CheckPage(Chrome.of(s, kind.title() + " check", "check"), kind, form, "", ""));
    }

    void check(Context ctx) {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, TransactionForm.FIELDS);
        TransactionForm.Kind kind = TransactionForm.kind(form.value("type"));
        if (kind == null) {
            views.render(ctx, 400, "check-choose.jte", new ChoosePage(Chrome.of(s, "Check a transaction", "check"), TransactionForm.KINDS));
            return;
        }
        if (form.value("date").isEmpty()) {
            form.fail("date", "Enter the date of the transaction, as YYYY-MM-DD.");
        } else {
            try {
                LocalDate.parse(form.value("date"));
            } catch (DateTimeParseException e) {
                form.fail("date", "'" + form.value("date") + "' is not a date: use YYYY-MM-DD, such as 2020-05-01.");
            }
        }
        ObjectNode json = TransactionForm.toJson(form, kind);
        Chrome chrome = Chrome.of(s, kind.title() + " check", "check");
        String problem = "";
        if (form.valid()) {
            Engine engine = services.engines().current();
            try {
                Transaction t = engine.decisions().reader().read(json);
                CheckApi.Stored stored = services.checks().decideAndKeep(engine, t, json.toString(), s.actor(), null);
                CordonWeb.seeOther(ctx, "/ui/decisions/" + stored.id());
                return;
            } catch (TransactionException e) {
                String field = TransactionForm.formField(e.field(), kind);
                String message = e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(e.field()) + ": ", "");
                if (field.isEmpty()) {
                    problem = e.getMessage();
                } else {
                    form.fail(field, capitalise(message) + ".");
                }
            }
        }
        views.render(ctx, 400, "check.jte", new CheckPage(chrome, kind, form, problem, pretty(json)));
    }

    void decision(Context ctx) throws JsonProcessingException {
        WebSession s = Gate.session(ctx);
        Optional<DecisionRecord> r = decisions.get(ctx.pathParam("id"));
        if (r.isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such decision", "check"), "No such decision",
                    "There is no decision " + ctx.pathParam("id") + ".");
            return;
        }
        DecisionView view = view(r.get());
        views.render(ctx, "decision.jte", new DecisionPage(Chrome.of(s, "Decision " + view.outcomeWords(), "check"), view,
                s.may(org.cordon.store.Role.REVIEWER)));
    }

    /** The kept transaction decided again against the lists active now (the same replay as the API's). */
    void replay(Context ctx) {
        WebSession s = Gate.session(ctx);
        Optional<DecisionRecord> r = decisions.get(ctx.pathParam("id"));
        if (r.isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such decision", "check"), "No such decision",
                    "There is no decision " + ctx.pathParam("id") + ".");
            return;
        }
        org.cordon.server.engine.Replays.Replay replay = org.cordon.server.engine.Replays.of(services.engines().current(), r.get());
        views.render(ctx, "replay.jte", new ReplayPage(Chrome.of(s, "Replay", "check"), r.get().id(),
                r.get().asOf().toString(), replay.now().listVersions(), replay.then().path("outcome").asText(),
                replay.now().outcome().name(), replay.changed(), replay.changes()));
    }

    DecisionView view(DecisionRecord r) throws JsonProcessingException {
        JsonNode d = Json.MAPPER.readTree(r.decisionJson());
        List<String> opened = cases.list(org.cordon.store.CaseStatus.OPEN, 1000).stream()
                .filter(c -> c.decisionId().equals(r.id())).map(c -> c.id()).toList();
        return DecisionView.of(r.id(), d, pretty(Json.MAPPER.readTree(r.transactionJson())), opened,
                r.createdAt().toString(), r.actor());
    }

    static String pretty(JsonNode json) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return json.toString();
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
