package org.cordon.policy.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.match.Match;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.policy.transaction.OwnershipFact;
import org.cordon.policy.transaction.Transaction;

/**
 * Resolves a transaction against the listed parties as of its date: screens every subject, follows each match
 * through the ownership graph (with the user's facts) to the designated parties it leads to, and keeps the
 * designations in force on the day.
 */
public final class Resolver {

    /** Matches at or above this are findings; the screening default, so the CLI and decisions agree. */
    public static final double FINDING_THRESHOLD = Screener.DEFAULT_THRESHOLD;

    /** A match this strong (or an exact identifier) is acted on; a weaker one makes the decision REVIEW. */
    public static final double CERTAIN = 0.95;

    /** Matches further than this below a subject's best one are noise ("Huawei" also resembles "Huawei Cloud Berlin"). */
    static final double BEST_MARGIN = 0.05;

    private final ListedParties listed;
    private final DeviceDirectory devices;
    private final BomDirectory boms;

    public Resolver(ListedParties listed, DeviceDirectory devices, BomDirectory boms) {
        this.listed = listed;
        this.devices = devices;
        this.boms = boms;
    }

    public Resolution resolve(Transaction t) {
        LocalDate day = t.date();
        SubjectCollector collected = new SubjectCollector(devices, boms).collect(t);
        Map<String, List<Match>> matchCache = new HashMap<>();
        OwnershipGraph graph = listed.graph().with(factEdges(t.ownership(), matchCache));
        List<Finding> findings = new ArrayList<>();
        for (Subject s : collected.subjects()) {
            List<Match> matches = matches(s, matchCache);
            for (Match m : matches) {
                findings.addAll(follow(s, m, graph, day));
            }
            // The user's facts may tie a name the lists do not know to a listed owner.
            findings.addAll(followFacts(s, graph, day, matches));
        }
        return new Resolution(findings, collected.unresolved(), collected.subjects());
    }

    private List<Match> matches(Subject s, Map<String, List<Match>> cache) {
        String key = s.type() + "|" + s.name() + "|" + s.country().orElse("") + "|" + s.identifiers();
        return cache.computeIfAbsent(key, k -> {
            ScreeningQuery q = new ScreeningQuery(s.name(), s.type(), s.country().map(Country::of), Optional.empty(),
                    s.identifiers());
            List<Match> all = listed.screener().screen(q, FINDING_THRESHOLD, 10);
            if (all.isEmpty()) {
                return List.of();
            }
            double best = all.get(0).score();
            return all.stream().filter(m -> m.score() >= best - BEST_MARGIN).toList();
        });
    }

    private List<Finding> follow(Subject s, Match m, OwnershipGraph graph, LocalDate day) {
        Party matched = m.party();
        boolean certainMatch = m.score() >= CERTAIN;
        List<PathStep> head = new ArrayList<>(s.lead());
        String listedAs = matched.primaryName().value().equals(m.matchedName().value()) ? matched.primaryName().value()
                : matched.primaryName().value() + " (as " + m.matchedName().value() + ")";
        head.add(new PathStep(s.name(), "matches", listedAs,
                Optional.empty(), m.listVersion() + ", score " + String.format(java.util.Locale.ROOT, "%.2f", m.score())));
        List<OwnershipGraph.Route> routes = graph.routes(matched.id(), id -> programsOn(id, day), this::nameOf);
        List<Finding> out = new ArrayList<>();
        if (routes.isEmpty()) {
            out.add(finding(s, m, head, matched.id(), List.of(), certainMatch));
        }
        for (OwnershipGraph.Route r : routes) {
            List<PathStep> path = new ArrayList<>(head);
            path.addAll(r.steps());
            List<Designation> ds = designationsOn(r.designated(), day).stream()
                    .filter(d -> r.programs().isEmpty() || r.programs().contains(d.program())).toList();
            out.add(finding(s, m, path, r.designated(), ds, certainMatch && r.certain()));
        }
        return out;
    }

    private List<Finding> followFacts(Subject s, OwnershipGraph graph, LocalDate day, List<Match> matches) {
        String node = OwnershipGraph.nameNode(s.name());
        List<Finding> out = new ArrayList<>();
        for (OwnershipGraph.Route r : graph.routes(node, id -> programsOn(id, day), this::nameOf)) {
            if (r.steps().isEmpty()) {
                continue;
            }
            List<PathStep> path = new ArrayList<>(s.lead());
            path.addAll(r.steps());
            List<Designation> ds = designationsOn(r.designated(), day).stream()
                    .filter(d -> r.programs().isEmpty() || r.programs().contains(d.program())).toList();
            Party designated = listed.get(r.designated()).map(ListedParties.Listed::party).orElseThrow();
            String version = listed.get(r.designated()).map(ListedParties.Listed::listVersion).orElse("");
            out.add(new Finding(s, 1.0, r.certain(), node, s.name(), designated.listId(), version, path,
                    designated.id(), designated.primaryName().value(), designated.sourceId(), ds,
                    "tied to a listed party by the transaction's ownership facts"));
        }
        return out;
    }

    private Finding finding(Subject s, Match m, List<PathStep> path, String designatedId, List<Designation> ds,
                            boolean certain) {
        Party designated = listed.get(designatedId).map(ListedParties.Listed::party).orElse(m.party());
        return new Finding(s, m.score(), certain, m.party().id(), m.matchedName().value(), m.party().listId(),
                m.listVersion(), path, designated.id(), designated.primaryName().value(), designated.sourceId(), ds,
                m.explanation().toString());
    }

    /** The user's facts as graph edges; each name is a listed party when it matches one with certainty. */
    private List<Edge> factEdges(List<OwnershipFact> facts, Map<String, List<Match>> cache) {
        List<Edge> out = new ArrayList<>();
        for (OwnershipFact f : facts) {
            String from = node(f.subject(), cache);
            String to = node(f.target(), cache);
            out.add(new Edge(from, f.subject(), to, f.target(), f.kind(), f.share(), true,
                    f.source().isEmpty() ? "transaction facts" : "transaction facts: " + f.source()));
        }
        return out;
    }

    private String node(String name, Map<String, List<Match>> cache) {
        Subject s = new Subject("ownership", "owner", name, PartyType.ORGANIZATION, Optional.empty(), List.of(), true,
                0, List.of());
        List<Match> ms = matches(s, cache);
        return !ms.isEmpty() && ms.get(0).score() >= CERTAIN ? ms.get(0).party().id() : OwnershipGraph.nameNode(name);
    }

    private String nameOf(String node) {
        return listed.get(node).map(l -> l.party().primaryName().value()).orElse(node);
    }

    private Set<String> programsOn(String partyId, LocalDate day) {
        return designationsOn(partyId, day).stream().map(Designation::program)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<Designation> designationsOn(String partyId, LocalDate day) {
        return listed.get(partyId).map(l -> l.party().designations().stream().filter(d -> d.inForceOn(day)).toList())
                .orElse(List.of());
    }
}
