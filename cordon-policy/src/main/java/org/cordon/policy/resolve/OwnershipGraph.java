package org.cordon.policy.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cordon.model.Confidence;
import org.cordon.model.Party;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Who is a subsidiary, affiliate, majority-owned company or relabeller of whom: the lists' relationships plus the
 * user's own facts. Coverage flows up every subsidiary, affiliate and relabelling tie, and up ownership ties when
 * the owners that carry a program hold 50% or more together (an owner of unknown share passes coverage on, but
 * the route is then uncertain). "Linked to" ties (OFAC) carry no coverage: they say nothing of control.
 */
public final class OwnershipGraph {

    /** Ties longer than this are not followed: real ownership chains are short, and it bounds the work. */
    static final int MAX_DEPTH = 8;

    /** The majority threshold of FAR/FCC "subsidiary or affiliate" practice and the OFAC 50% rule. */
    static final double MAJORITY = 0.5;

    private final Map<String, List<Edge>> edges;
    /** The user's facts of one transaction, beside the lists' ties: a handful, so the lists' map is not copied. */
    private final Map<String, List<Edge>> facts;

    private OwnershipGraph(Map<String, List<Edge>> edges, Map<String, List<Edge>> facts) {
        this.edges = edges;
        this.facts = facts;
    }

    static OwnershipGraph of(Collection<ListedParties.Listed> parties) {
        Map<String, List<Edge>> edges = new HashMap<>();
        for (ListedParties.Listed l : parties) {
            Party p = l.party();
            for (Relationship r : p.relationships()) {
                relation(r.kind()).ifPresent(rel -> {
                    if (!r.targetId().isEmpty()) {
                        edges.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new Edge(p.id(), p.primaryName().value(),
                                targetNode(p, r), r.targetName(), rel, r.share().map(s -> s / 100),
                                r.confidence() != Confidence.LOW, l.listVersion() + dates(r), r.since(), r.until()));
                    }
                });
            }
        }
        return new OwnershipGraph(freeze(edges), Map.of());
    }

    private static String dates(Relationship r) {
        if (r.since().isEmpty() && r.until().isEmpty()) {
            return "";
        }
        return ", " + r.since().map(d -> "from " + d).orElse("") + (r.since().isPresent() && r.until().isPresent() ? " " : "")
                + r.until().map(d -> "until " + d).orElse("");
    }

    /** Relationship targets are party ids ({@code list/sourceId}); a bare source id is read within the same list. */
    private static String targetNode(Party p, Relationship r) {
        return r.targetId().contains("/") ? r.targetId() : p.listId() + "/" + r.targetId();
    }

    /** This graph with the user's facts added. */
    OwnershipGraph with(List<Edge> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, List<Edge>> added = new HashMap<>();
        for (Edge e : more) {
            added.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        return new OwnershipGraph(edges, freeze(added));
    }

    private List<Edge> edgesFrom(String node) {
        List<Edge> listed = edges.getOrDefault(node, List.of());
        List<Edge> told = facts.getOrDefault(node, List.of());
        if (told.isEmpty()) {
            return listed;
        }
        List<Edge> both = new ArrayList<>(listed);
        both.addAll(told);
        return both;
    }

    /** The node of a name the lists do not know, as used by the user's facts. */
    static String nameNode(String name) {
        return "name:" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * A way from a node to a party with designations.
     *
     * @param programs the programs that may flow along this way; empty means all of the party's
     */
    record Route(String designated, List<PathStep> steps, boolean certain, Set<String> programs) {}

    /**
     * Every designated party reachable from the node, the node itself included when it has designations.
     *
     * @param programsOf the programs of a node's designations in force on the decision's date (empty if none)
     */
    List<Route> routes(String start, java.time.LocalDate day, Function<String, Set<String>> programsOf,
                       Function<String, String> nameOf) {
        return new Walk(day, programsOf, nameOf).from(start, new HashSet<>(), 0);
    }

    /**
     * The node and every party it is a subsidiary, affiliate, relabeller or owned part of on the day, however far up:
     * the family a designation of a subsidiary belongs to ("EZVIZ" is Hikvision's, so Hikvision's limits apply).
     */
    Set<String> family(String start, java.time.LocalDate day) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        while (!todo.isEmpty() && seen.size() < 64) {
            String node = todo.pop();
            if (seen.add(node)) {
                edgesFrom(node).stream().filter(e -> e.heldOn(day)).forEach(e -> todo.push(e.to()));
            }
        }
        return seen;
    }

    private final class Walk {
        private final java.time.LocalDate day;
        private final Function<String, Set<String>> programsOf;
        private final Function<String, String> nameOf;
        private final Map<String, List<Route>> done = new HashMap<>();

        Walk(java.time.LocalDate day, Function<String, Set<String>> programsOf, Function<String, String> nameOf) {
            this.day = day;
            this.programsOf = programsOf;
            this.nameOf = nameOf;
        }

        List<Route> from(String node, Set<String> onPath, int depth) {
            List<Route> known = done.get(node);
            if (known != null) {
                return known;
            }
            List<Route> out = new ArrayList<>();
            if (!programsOf.apply(node).isEmpty()) {
                out.add(new Route(node, List.of(), true, Set.of()));
            }
            if (depth >= MAX_DEPTH || !onPath.add(node)) {
                return out;
            }
            List<Edge> owners = new ArrayList<>();
            for (Edge e : edgesFrom(node)) {
                if (onPath.contains(e.to()) || !e.heldOn(day)) {
                    continue;
                }
                if (e.relation().equals("owned_by")) {
                    owners.add(e);
                    continue;
                }
                for (Route r : from(e.to(), onPath, depth + 1)) {
                    out.add(prepend(e, r, e.certain(), r.programs()));
                }
            }
            out.addAll(throughOwners(owners, onPath, depth));
            onPath.remove(node);
            done.put(node, List.copyOf(out));
            return out;
        }

        /** Owners pass on a program when those that carry it hold a majority together, or hold an unknown share. */
        private List<Route> throughOwners(List<Edge> owners, Set<String> onPath, int depth) {
            Map<Edge, List<Route>> byOwner = new LinkedHashMap<>();
            Map<String, Double> held = new HashMap<>();
            for (Edge e : owners) {
                List<Route> rs = from(e.to(), onPath, depth + 1);
                byOwner.put(e, rs);
                Set<String> programs = new HashSet<>();
                for (Route r : rs) {
                    programs.addAll(r.programs().isEmpty() ? programsOf.apply(r.designated()) : r.programs());
                }
                for (String p : programs) {
                    held.merge(p, e.share().orElse(1.0), Double::sum);
                }
            }
            List<Route> out = new ArrayList<>();
            for (var entry : byOwner.entrySet()) {
                Edge e = entry.getKey();
                for (Route r : entry.getValue()) {
                    Set<String> carried = new HashSet<>(r.programs().isEmpty() ? programsOf.apply(r.designated()) : r.programs());
                    carried.removeIf(p -> held.getOrDefault(p, 0.0) < MAJORITY - 1e-9);
                    if (!carried.isEmpty()) {
                        out.add(prepend(e, r, e.certain() && e.share().isPresent(), carried));
                    }
                }
            }
            return out;
        }

        private Route prepend(Edge e, Route r, boolean certain, Set<String> programs) {
            List<PathStep> steps = new ArrayList<>();
            String to = nameOf.apply(e.to());
            steps.add(new PathStep(e.fromName(), e.relation(), to.isEmpty() || to.startsWith("name:") ? e.toName() : to,
                    e.share(), e.source()));
            steps.addAll(r.steps());
            return new Route(r.designated(), steps, certain && r.certain(), programs);
        }
    }

    private static Optional<String> relation(RelationKind kind) {
        return switch (kind) {
            case SUBSIDIARY_OF -> Optional.of("subsidiary_of");
            case AFFILIATE_OF -> Optional.of("affiliate_of");
            case OWNED_BY -> Optional.of("owned_by");
            case RELABELS_PRODUCTS_OF -> Optional.of("relabels_products_of");
            case LINKED_TO -> Optional.empty();
        };
    }

    private static Map<String, List<Edge>> freeze(Map<String, List<Edge>> m) {
        Map<String, List<Edge>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
