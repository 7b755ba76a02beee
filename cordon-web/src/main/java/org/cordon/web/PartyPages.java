package org.cordon.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cordon.model.Designation;
import org.cordon.model.Party;
import org.cordon.model.Relationship;
import org.cordon.server.engine.Engine;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.Json;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;

/** A listed party: names in every script, identifiers, designations on a timeline, and its ownership graph. */
public final class PartyPages {

    /** How far the graph reaches from the party, in ties. */
    static final int GRAPH_DEPTH = 2;
    static final int GRAPH_MAX_NODES = 80;

    private final EngineHolder engines;
    private final Views views;
    /** Who points at whom, for the engine generation it was built from. */
    private volatile Ties ties;

    public record PartyPage(Chrome chrome, Party party, String listVersion, List<TimelineEntry> timeline,
                            List<MatchView.DesignationView> designations, List<RelationView> relations, String graphUrl) {}

    public record TimelineEntry(String date, String what, String program, boolean lifted) {}

    public record RelationView(String direction, String kind, String name, String href, String share) {}

    private record Ties(Engine engine, Map<String, List<String[]>> incoming) {}

    PartyPages(EngineHolder engines, Views views) {
        this.engines = engines;
        this.views = views;
    }

    static String href(String partyId) {
        return "/ui/party?id=" + URLEncoder.encode(partyId, StandardCharsets.UTF_8);
    }

    void show(Context ctx) {
        WebSession s = Gate.session(ctx);
        String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
        var listed = engines.current().listed().get(id);
        if (listed.isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such party", "screen"), "No such party",
                    "No party " + id + " is on the active lists.");
            return;
        }
        Party p = listed.get().party();
        LocalDate today = LocalDate.now();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Designation d : p.designations()) {
            d.listedOn().ifPresent(x -> timeline.add(new TimelineEntry(x.toString(), "Listed: " + d.program(), d.program(), false)));
            d.liftedOn().ifPresent(x -> timeline.add(new TimelineEntry(x.toString(), "Lifted: " + d.program(), d.program(), true)));
            d.expiresOn().ifPresent(x -> timeline.add(new TimelineEntry(x.toString(), "Expires: " + d.program(), d.program(), true)));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::date));
        List<RelationView> relations = new ArrayList<>();
        for (Relationship r : p.relationships()) {
            relations.add(new RelationView("out", words(r.kind().name()), r.targetName(),
                    engines.current().listed().get(target(p, r)).isEmpty() ? "" : href(target(p, r)),
                    r.share().map(x -> x + "%").orElse("")));
        }
        for (String[] in : ties().incoming().getOrDefault(p.id(), List.of())) {
            relations.add(new RelationView("in", words(in[1]), in[2], href(in[0]), in[3]));
        }
        views.render(ctx, "party.jte", new PartyPage(Chrome.of(s, p.primaryName().value(), "screen"), p,
                listed.get().listVersion(), timeline, p.designations().stream().map(d -> MatchView.DesignationView.of(d, today)).toList(),
                relations, "/ui/party/graph?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
    }

    /** The party's neighbourhood as cytoscape.js elements: parties and named owners, ties both ways. */
    void graph(Context ctx) {
        String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
        Engine engine = engines.current();
        if (engine.listed().get(id).isEmpty()) {
            ctx.status(404);
            Json.ok(ctx, Map.of("elements", List.of()));
            ctx.status(404);
            return;
        }
        Map<String, List<String[]>> incoming = ties().incoming();
        LocalDate today = LocalDate.now();
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Set<String> edges = new LinkedHashSet<>();
        List<Map<String, Object>> edgeList = new ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {id, "0"});
        node(nodes, engine, id, id, today);
        while (!queue.isEmpty() && nodes.size() < GRAPH_MAX_NODES) {
            String[] at = queue.poll();
            int depth = Integer.parseInt(at[1]);
            if (depth >= GRAPH_DEPTH) {
                continue;
            }
            Optional<Party> p = engine.listed().get(at[0]).map(l -> l.party());
            List<String[]> ties = new ArrayList<>();
            p.ifPresent(party -> party.relationships().forEach(r -> ties.add(new String[] {party.id(),
                    engine.listed().get(target(party, r)).isEmpty() ? "name:" + r.targetName() : target(party, r),
                    words(r.kind().name()), r.targetName(), r.share().map(x -> x + "%").orElse("")})));
            for (String[] in : incoming.getOrDefault(at[0], List.of())) {
                ties.add(new String[] {in[0], at[0], words(in[1]), in[2], in[3]});
            }
            for (String[] t : ties) {
                String other = t[0].equals(at[0]) ? t[1] : t[0];
                if (!nodes.containsKey(other)) {
                    if (nodes.size() >= GRAPH_MAX_NODES) {
                        break;
                    }
                    node(nodes, engine, other, id, today).putIfAbsent("label", t[0].equals(at[0]) ? t[3] : other);
                    queue.add(new String[] {other, Integer.toString(depth + 1)});
                }
                if (edges.add(t[0] + ">" + t[1] + ">" + t[2])) {
                    edgeList.add(Map.of("data", Map.of("id", "e" + edges.size(), "source", t[0], "target", t[1],
                            "label", t[2] + (t[4].isEmpty() ? "" : " " + t[4]))));
                }
            }
        }
        List<Object> elements = new ArrayList<>();
        nodes.values().forEach(n -> elements.add(Map.of("data", n)));
        elements.addAll(edgeList);
        Json.ok(ctx, Map.of("elements", elements));
    }

    private static Map<String, Object> node(Map<String, Map<String, Object>> nodes, Engine engine, String id, String focus,
                                            LocalDate today) {
        return nodes.computeIfAbsent(id, k -> {
            Map<String, Object> n = new HashMap<>();
            n.put("id", id);
            Optional<Party> p = engine.listed().get(id).map(l -> l.party());
            p.ifPresent(party -> {
                n.put("label", party.primaryName().value());
                n.put("href", href(id));
                n.put("covered", party.designations().stream().anyMatch(d -> d.inForceOn(today)) ? "yes" : "no");
            });
            if (p.isEmpty()) {
                n.put("label", id.startsWith("name:") ? id.substring(5) : id);
                n.put("covered", "unknown");
            }
            n.put("focus", id.equals(focus) ? "yes" : "no");
            return n;
        });
    }

    /** Incoming ties of every listed party (who names it as parent, owner or maker), built once per engine. */
    private Ties ties() {
        Engine engine = engines.current();
        Ties t = ties;
        if (t != null && t.engine() == engine) {
            return t;
        }
        Map<String, List<String[]>> incoming = new HashMap<>();
        SnapshotStore store = engines.store();
        for (String list : store.listIds()) {
            Optional<SnapshotInfo> active = store.active(list);
            if (active.isEmpty()) {
                continue;
            }
            for (Party p : store.load(active.get()).parties()) {
                for (Relationship r : p.relationships()) {
                    if (!r.targetId().isEmpty()) {
                        incoming.computeIfAbsent(target(p, r), k -> new ArrayList<>()).add(new String[] {p.id(),
                                r.kind().name(), p.primaryName().value(), r.share().map(x -> x + "%").orElse("")});
                    }
                }
            }
        }
        t = new Ties(engine, incoming);
        ties = t;
        return t;
    }

    /** The listed id a relationship points at (ids within the same list may leave the list out), or empty. */
    static String target(Party p, Relationship r) {
        if (r.targetId().isEmpty()) {
            return "";
        }
        return r.targetId().contains("/") ? r.targetId() : p.listId() + "/" + r.targetId();
    }

    static String words(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
