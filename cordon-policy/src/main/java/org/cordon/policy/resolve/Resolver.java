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

    /**
     * The default floor of the review band: a subject whose best match scores from here up to the finding threshold
     * is neither matched nor cleared, and a decision that looks at it is REVIEW. Chosen on the screening evaluation
     * set (docs/decisions.md, "The review band").
     */
    public static final double REVIEW_FLOOR = 0.65;

    /** Matches further than this below a subject's best one are noise ("Huawei" also resembles "Huawei Cloud Berlin"). */
    static final double BEST_MARGIN = 0.05;

    /** How many near candidates a reviewer is shown. */
    private static final int NEAR_SHOWN = 3;

    /** Roles whose names say who made an item: an unknown one leaves the maker unresolved. */
    private static final java.util.Set<String> MAKER_ROLES = java.util.Set.of("manufacturer", "brand");

    private final ListedParties listed;
    private final DeviceDirectory devices;
    private final BomDirectory boms;
    private final KnownMakers makers;
    private final DisguisedName disguises;
    private final OtherTrades trades;
    private final double reviewFloor;

    public Resolver(ListedParties listed, DeviceDirectory devices, BomDirectory boms) {
        this(listed, devices, boms, KnownMakers.bundled(), REVIEW_FLOOR);
    }

    /**
     * @param reviewFloor the lower end of the review band, at most the finding threshold (equal to it: no band)
     */
    public Resolver(ListedParties listed, DeviceDirectory devices, BomDirectory boms, KnownMakers makers,
                    double reviewFloor) {
        if (!(reviewFloor > 0 && reviewFloor <= FINDING_THRESHOLD)) {
            throw new IllegalArgumentException("the review band's floor must be above 0 and at most "
                    + FINDING_THRESHOLD + ": " + reviewFloor);
        }
        this.listed = listed;
        this.devices = devices;
        this.boms = boms;
        this.makers = makers;
        this.disguises = new DisguisedName(listed.screener().analyzer());
        this.trades = OtherTrades.bundled(listed.screener().analyzer());
        this.reviewFloor = reviewFloor;
    }

    public double reviewFloor() {
        return reviewFloor;
    }

    public Resolution resolve(Transaction t) {
        LocalDate day = t.date();
        SubjectCollector collected = new SubjectCollector(devices, boms).collect(t);
        Map<String, List<Match>> matchCache = new HashMap<>();
        OwnershipGraph graph = listed.graph().with(factEdges(t.ownership(), matchCache));
        List<Finding> findings = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>(collected.unresolved());
        List<Unresolved> unknownMakers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // A maker the transaction's ownership facts describe has been inquired into: it is not unknown.
        java.util.Set<String> described = t.ownership().stream().map(f -> OwnershipGraph.nameNode(f.subject()))
                .collect(Collectors.toSet());
        java.util.Set<String> itemsWithKnownMaker = new java.util.HashSet<>();
        for (Subject s : collected.subjects()) {
            List<Match> screened = screened(s, matchCache);
            List<Match> matches = matches(screened);
            List<Finding> own = new ArrayList<>();
            for (Match m : matches) {
                own.addAll(follow(s, m, graph, day));
            }
            // The user's facts may tie a name the lists do not know to a listed owner.
            own.addAll(followFacts(s, graph, day, matches));
            findings.addAll(own);
            Optional<Unresolved> doubt = doubt(s, screened, own, described, notes);
            if (doubt.isPresent() && doubt.get().kind() == Unresolved.Kind.UNKNOWN_MAKER) {
                unknownMakers.add(doubt.get());
            } else {
                doubt.ifPresent(unresolved::add);
            }
            if (MAKER_ROLES.contains(s.role()) && doubt.isEmpty()) {
                itemsWithKnownMaker.add(item(s.field()));
            }
        }
        // An item is placed when any of its maker names is: a known manufacturer with a product-line brand is resolved.
        unknownMakers.stream().filter(u -> !itemsWithKnownMaker.contains(item(u.field()))).forEach(unresolved::add);
        return new Resolution(findings, unresolved, collected.subjects(), notes);
    }

    /**
     * Why the subject is not resolved, if it is not: a near match (nothing at or above the threshold, something in
     * the band), a disguised name not certainly matched, or a maker that matches nothing and is not known.
     */
    private Optional<Unresolved> doubt(Subject s, List<Match> screened, List<Finding> own, java.util.Set<String> described,
                                       List<String> notes) {
        boolean matched = !own.isEmpty();
        boolean certain = own.stream().anyMatch(Finding::certain);
        List<String> ways = s.name().isEmpty() ? List.of() : disguises.inspect(s.name(), s.type());
        if (!matched && !screened.isEmpty() && ways.isEmpty()) {
            List<String> apart = screened.stream().map(m -> trades.tradeApart(s.name(), s.type(), m.party())
                    .map(w -> m.party().primaryName().value() + String.format(java.util.Locale.ROOT, " (%.3f)", m.score())
                            + " is in no trade called '" + w + "'").orElse("")).toList();
            if (apart.stream().noneMatch(String::isEmpty)) {
                notes.add(s.field() + ": '" + s.name() + "' comes near " + String.join("; ", apart)
                        + ": another business sharing a word, cleared (other-trades.txt)");
                return makerDoubt(s, matched, described);
            }
        }
        if (!matched && !screened.isEmpty()) {
            List<Unresolved.Candidate> near = screened.stream().limit(NEAR_SHOWN).map(m -> new Unresolved.Candidate(
                    m.party().id(), m.party().primaryName().value(), m.matchedName().value(), m.listVersion(),
                    m.score())).toList();
            String shown = near.stream().map(c -> String.format(java.util.Locale.ROOT, "%s (%.3f)", c.name(), c.score()))
                    .collect(Collectors.joining(", "));
            return Optional.of(new Unresolved(s.field(), s.role(), s.name(), Unresolved.Kind.NEAR_MATCH,
                    String.format(java.util.Locale.ROOT, "'%s' comes near %s, within the review band %.2f-%.2f: "
                            + "neither a match nor cleared", s.name(), shown, reviewFloor, FINDING_THRESHOLD), near));
        }
        if (!certain && !s.name().isEmpty()) {
            if (!ways.isEmpty()) {
                return Optional.of(new Unresolved(s.field(), s.role(), s.name(), Unresolved.Kind.DISGUISED_NAME,
                        "'" + s.name() + "' is written with " + String.join(" and ", ways)
                                + (matched ? " and matches only uncertainly" : " and matches no listed party")
                                + ": what it shows a reader may not be what was screened", List.of()));
            }
        }
        return makerDoubt(s, matched, described);
    }

    /** A maker or brand that matches nothing is resolved only when it is a known maker or the user described it. */
    private Optional<Unresolved> makerDoubt(Subject s, boolean matched, java.util.Set<String> described) {
        if (!matched && MAKER_ROLES.contains(s.role()) && s.depth() == 0 && makers.lookup(s.name()).isEmpty()
                && !described.contains(OwnershipGraph.nameNode(s.name()))) {
            return Optional.of(new Unresolved(s.field(), s.role(), s.name(), Unresolved.Kind.UNKNOWN_MAKER,
                    "'" + s.name() + "' matches no listed party, and Cordon does not know this maker or brand: "
                            + "establish who makes the item (and who owns the maker)", List.of()));
        }
        return Optional.empty();
    }

    /** {@code items[2]} for {@code items[2].manufacturer}: the item a maker name belongs to. */
    private static String item(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /** Everything the subject comes near, down to the review band's floor, best first. */
    private List<Match> screened(Subject s, Map<String, List<Match>> cache) {
        String key = s.type() + "|" + s.name() + "|" + s.country().orElse("") + "|" + s.identifiers();
        return cache.computeIfAbsent(key, k -> {
            ScreeningQuery q = new ScreeningQuery(s.name(), s.type(), s.country().map(Country::of), Optional.empty(),
                    s.identifiers());
            return listed.screener().screen(q, reviewFloor, 10);
        });
    }

    /** The matches a subject's findings rest on: at or above the threshold and near the best one. */
    private static List<Match> matches(List<Match> screened) {
        if (screened.isEmpty() || screened.get(0).score() < FINDING_THRESHOLD) {
            return List.of();
        }
        double best = screened.get(0).score();
        return screened.stream().filter(m -> m.score() >= FINDING_THRESHOLD && m.score() >= best - BEST_MARGIN).toList();
    }

    private List<Finding> follow(Subject s, Match m, OwnershipGraph graph, LocalDate day) {
        Party matched = m.party();
        boolean certainMatch = m.score() >= CERTAIN;
        List<PathStep> head = new ArrayList<>(s.lead());
        String listedAs = matched.primaryName().value().equals(m.matchedName().value()) ? matched.primaryName().value()
                : matched.primaryName().value() + " (as " + m.matchedName().value() + ")";
        head.add(new PathStep(s.name(), "matches", listedAs,
                Optional.empty(), m.listVersion() + ", score " + String.format(java.util.Locale.ROOT, "%.2f", m.score())));
        List<OwnershipGraph.Route> routes = graph.routes(matched.id(), day, id -> programsOn(id, day), this::nameOf);
        List<Finding> out = new ArrayList<>();
        if (routes.isEmpty()) {
            out.add(finding(s, m, head, matched.id(), List.of(), certainMatch, graph, day));
        }
        for (OwnershipGraph.Route r : routes) {
            List<PathStep> path = new ArrayList<>(head);
            path.addAll(r.steps());
            List<Designation> ds = designationsOn(r.designated(), day).stream()
                    .filter(d -> r.programs().isEmpty() || r.programs().contains(d.program())).toList();
            out.add(finding(s, m, path, r.designated(), ds, certainMatch && r.certain(), graph, day));
        }
        return out;
    }

    private List<Finding> followFacts(Subject s, OwnershipGraph graph, LocalDate day, List<Match> matches) {
        String node = OwnershipGraph.nameNode(s.name());
        List<Finding> out = new ArrayList<>();
        for (OwnershipGraph.Route r : graph.routes(node, day, id -> programsOn(id, day), this::nameOf)) {
            if (r.steps().isEmpty()) {
                continue;
            }
            List<PathStep> path = new ArrayList<>(s.lead());
            path.addAll(r.steps());
            List<Designation> ds = designationsOn(r.designated(), day).stream()
                    .filter(d -> r.programs().isEmpty() || r.programs().contains(d.program())).toList();
            Party designated = listed.get(r.designated()).map(ListedParties.Listed::party).orElseThrow();
            String version = listed.get(r.designated()).map(ListedParties.Listed::listVersion).orElse("");
            out.add(new Finding(s, 1.0, r.certain() && !restsOnDoubt(ds), node, s.name(), designated.listId(), version,
                    path, designated.id(), designated.primaryName().value(), designated.sourceId(), ds,
                    "tied to a listed party by the transaction's ownership facts", family(graph, designated.id(), day)));
        }
        return out;
    }

    private Finding finding(Subject s, Match m, List<PathStep> path, String designatedId, List<Designation> ds,
                            boolean certain, OwnershipGraph graph, LocalDate day) {
        Party designated = listed.get(designatedId).map(ListedParties.Listed::party).orElse(m.party());
        return new Finding(s, m.score(), certain && !restsOnDoubt(ds), m.party().id(), m.matchedName().value(),
                m.party().listId(), m.listVersion(), path, designated.id(), designated.primaryName().value(),
                designated.sourceId(), ds, m.explanation().toString(), family(graph, designated.id(), day));
    }

    /** Designations all of low confidence (reported, not confirmed in an official text) are no ground to act on. */
    private static boolean restsOnDoubt(List<Designation> ds) {
        return !ds.isEmpty() && ds.stream().allMatch(d -> d.confidence() == org.cordon.model.Confidence.LOW);
    }

    private List<String> family(OwnershipGraph graph, String partyId, LocalDate day) {
        return graph.family(partyId, day).stream().map(node -> listed.get(node).map(l -> l.party().sourceId()).orElse(""))
                .filter(id -> !id.isEmpty()).distinct().toList();
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
        List<Match> ms = matches(screened(s, cache));
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
