package org.cordon.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Party;
import org.cordon.server.ServiceContext;
import org.cordon.server.engine.EntryHash;
import org.cordon.server.http.Json;
import org.cordon.store.CaseEvent;
import org.cordon.store.CaseStatus;
import org.cordon.store.Cases;
import org.cordon.store.DecisionRecord;
import org.cordon.store.DecisionStore;
import org.cordon.store.Resolution;
import org.cordon.store.ReviewCase;
import org.cordon.store.StoreException;
import org.cordon.store.Suppression;
import org.cordon.store.Suppressions;

/**
 * The review queue: open cases with their age; a case compares what the transaction said with the listed entry it
 * may be, and is assigned and decided (true match, or false positive with a reason, which suppresses the same alert
 * until the entry changes).
 */
public final class ReviewPages {

    private final ServiceContext services;
    private final Cases cases;
    private final DecisionStore decisions;
    private final Suppressions suppressions;
    private final Views views;

    public record QueuePage(Chrome chrome, boolean open, List<CaseRow> cases) {}

    public record CaseRow(String id, String shortId, String subject, String party, String age, String assignee,
                          String status, String resolution, String openedAt) {}

    public record CasePage(Chrome chrome, CaseRow row, ReviewCase c, String summary, String query, String queryField,
                           String queryContext, Optional<Party> listed, String listedHref, List<CaseEvent> events,
                           List<SuppressionRow> suppressions, Form form, String decisionHref) {
        public boolean open() {
            return c.status() == CaseStatus.OPEN;
        }
    }

    public record SuppressionRow(String query, String reason, String caseId, String createdAt, boolean inForce) {}

    ReviewPages(ServiceContext services, Views views) {
        this.services = services;
        this.cases = new Cases(services.db());
        this.decisions = new DecisionStore(services.db());
        this.suppressions = new Suppressions(services.db());
        this.views = views;
    }

    void queue(Context ctx) {
        WebSession s = Gate.session(ctx);
        boolean open = !"closed".equals(ctx.queryParam("status"));
        Instant now = Instant.now(services.db().clock());
        List<CaseRow> rows = cases.list(open ? CaseStatus.OPEN : CaseStatus.CLOSED, 200).stream().map(c -> row(c, now)).toList();
        views.render(ctx, "review.jte", new QueuePage(Chrome.of(s, "Review queue", "review"), open, rows));
    }

    private CaseRow row(ReviewCase c, Instant now) {
        String party = c.partyId().isEmpty() ? "—" : services.engines().current().listed().get(c.partyId())
                .map(l -> l.party().primaryName().value()).orElse(c.partyId());
        return new CaseRow(c.id(), c.id(), c.subject(), party, age(c.age(now)), c.assignee().orElse(""),
                c.status().name().toLowerCase(), c.resolution().map(r -> r.name().toLowerCase().replace('_', ' ')).orElse(""),
                c.openedAt().toString().substring(0, 16).replace('T', ' '));
    }

    static String age(Duration d) {
        if (d.toDays() >= 1) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return Math.max(0, d.toMinutes()) + " min";
    }

    void show(Context ctx) throws Exception {
        render(ctx, 200, Form.empty());
    }

    private void render(Context ctx, int status, Form form) throws Exception {
        WebSession s = Gate.session(ctx);
        Optional<ReviewCase> found = cases.get(ctx.pathParam("id"));
        if (found.isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such case", "review"), "No such case", "There is no case " + ctx.pathParam("id") + ".");
            return;
        }
        ReviewCase c = found.get();
        Optional<Party> listed = c.partyId().isEmpty() ? Optional.empty()
                : services.engines().current().listed().get(c.partyId()).map(l -> l.party());
        String field = c.subject().contains(": ") ? c.subject().substring(0, c.subject().indexOf(": ")) : c.subject();
        String query = c.subject().contains(": ") ? c.subject().substring(c.subject().indexOf(": ") + 2) : "";
        String context = "";
        Optional<DecisionRecord> d = decisions.get(c.decisionId());
        if (d.isPresent()) {
            context = transactionContext(Json.MAPPER.readTree(d.get().transactionJson()));
        }
        List<SuppressionRow> sup = new ArrayList<>();
        if (!c.partyId().isEmpty()) {
            String current = listed.map(EntryHash::of).orElse("");
            for (Suppression x : suppressions.forParty(c.partyId())) {
                sup.add(new SuppressionRow(x.queryKey(), x.reason(), x.caseId(), x.createdAt().toString().substring(0, 16).replace('T', ' '),
                        x.entryHash().equals(current)));
            }
        }
        if (form.value("assignee").isEmpty()) {
            form.set("assignee", c.assignee().orElse(s.label()));
        }
        views.render(ctx, status, "case.jte", new CasePage(Chrome.of(s, c.id(), "review"),
                row(c, Instant.now(services.db().clock())), c, c.summary(), query, field, context, listed,
                listed.map(p -> PartyPages.href(p.id())).orElse(""), cases.events(c.id()), sup, form,
                "/ui/decisions/" + c.decisionId()));
    }

    /** The transaction in one line: its type, date, use and parties, for the side-by-side comparison. */
    private static String transactionContext(JsonNode t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.path("type").asText() + " on " + t.path("date").asText());
        if (t.has("use")) {
            parts.add("use " + t.path("use").asText());
        }
        for (String role : List.of("buyer", "seller", "endUser")) {
            if (t.has(role)) {
                JsonNode p = t.path(role);
                parts.add(role + " " + p.path("name").asText() + (p.has("country") ? " (" + p.path("country").asText() + ")" : ""));
            }
        }
        return String.join(" · ", parts);
    }

    void assign(Context ctx) throws Exception {
        textAction(ctx, "assignee", 200, "Enter who takes this case.",
                (id, text, actor) -> cases.assign(id, text, actor));
    }

    void comment(Context ctx) throws Exception {
        textAction(ctx, "comment", 10_000, "Write the comment first.",
                (id, text, actor) -> cases.comment(id, text, actor));
    }

    private interface CaseAction {
        void run(String caseId, String text, String actor);
    }

    /** A form of one required text field that acts on the case: errors beside the field, else back to the case. */
    private void textAction(Context ctx, String field, int max, String whenEmpty, CaseAction action) throws Exception {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("assignee", "resolution", "reason", "comment"));
        if (form.value(field).isEmpty()) {
            form.fail(field, whenEmpty);
        } else if (form.value(field).length() > max) {
            form.fail(field, "At most " + String.format(java.util.Locale.ROOT, "%,d", max) + " characters.");
        }
        if (form.valid() && !act(form, field, () -> action.run(ctx.pathParam("id"), form.value(field), s.actor()))) {
            render(ctx, 409, form);
            return;
        }
        if (!form.valid()) {
            render(ctx, 400, form);
            return;
        }
        CordonWeb.seeOther(ctx, "/ui/review/" + ctx.pathParam("id"));
    }

    void decide(Context ctx) throws Exception {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("assignee", "resolution", "reason"));
        Resolution resolution = switch (form.value("resolution")) {
            case "true-match" -> Resolution.TRUE_MATCH;
            case "false-positive" -> Resolution.FALSE_POSITIVE;
            default -> null;
        };
        if (resolution == null) {
            form.fail("resolution", "Choose true match or false positive.");
        }
        if (form.value("reason").isEmpty()) {
            form.fail("reason", "Give the reason for your decision; it is kept in the audit trail.");
        } else if (form.value("reason").length() > 10_000) {
            form.fail("reason", "At most 10,000 characters.");
        }
        if (!form.valid()) {
            render(ctx, 400, form);
            return;
        }
        if (!act(form, "resolution", () -> cases.decide(ctx.pathParam("id"), resolution, form.value("reason"), s.actor()))) {
            render(ctx, 409, form);
            return;
        }
        CordonWeb.seeOther(ctx, "/ui/review/" + ctx.pathParam("id"));
    }

    /** The store refuses what a case's state does not allow (deciding a closed case): said beside the field. */
    private static boolean act(Form form, String field, Runnable action) {
        try {
            action.run();
            return true;
        } catch (StoreException | IllegalStateException | IllegalArgumentException e) {
            form.fail(field, e.getMessage());
            return false;
        }
    }
}
