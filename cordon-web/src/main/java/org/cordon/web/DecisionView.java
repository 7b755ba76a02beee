package org.cordon.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A kept decision as the pages show it, read from its stored JSON (the output contract of docs/decisions.md): the
 * outcome, the programs that fired with their citations and reasons, and the findings with their paths.
 */
public record DecisionView(String id, String outcome, String asOf, String explanation, List<ProgramView> programs,
                           List<FindingView> findings, List<UnresolvedView> unresolved, List<String> notes,
                           List<String> listVersions, List<String> cases, String transactionJson, String createdAt,
                           String actor) {

    /** A subject Cordon could neither match nor clear, why, and the listed parties it comes near. */
    public record UnresolvedView(String subject, String name, String kind, String reason, List<CandidateView> candidates) {
        public String kindWords() {
            return kind.replace('-', ' ');
        }
    }

    public record CandidateView(String partyId, String partyName, double score) {
        public String scoreText() {
            return String.format(Locale.ROOT, "%.3f", score);
        }

        public String partyHref() {
            return PartyPages.href(partyId);
        }
    }

    public record ProgramView(String id, int version, String title, String outcome, String citation, String reason,
                              String rule, List<Integer> findings) {}

    public record FindingView(int index, String subject, String role, String name, String partyId, String partyName,
                              String matchedId, String matchedName, double score, boolean certain, List<String> path,
                              String listVersion, List<String> designations) {
        public String scoreText() {
            return String.format(Locale.ROOT, "%.3f", score);
        }

        public String partyHref() {
            return PartyPages.href(partyId);
        }

        public String matchedHref() {
            return PartyPages.href(matchedId);
        }
    }

    public String outcomeWords() {
        return outcome.replace('_', ' ');
    }

    static DecisionView of(String id, JsonNode d, String transactionJson, List<String> cases, String createdAt, String actor) {
        List<ProgramView> programs = new ArrayList<>();
        for (JsonNode p : d.path("programs")) {
            List<Integer> fs = new ArrayList<>();
            p.path("findings").forEach(i -> fs.add(i.asInt()));
            programs.add(new ProgramView(p.path("id").asText(), p.path("version").asInt(), p.path("title").asText(),
                    p.path("outcome").asText(), p.path("citation").asText(), p.path("reason").asText(),
                    p.path("rule").asText(), fs));
        }
        List<FindingView> findings = new ArrayList<>();
        int i = 0;
        for (JsonNode f : d.path("findings")) {
            List<String> path = new ArrayList<>();
            f.path("path").forEach(s -> path.add(s.asText()));
            List<String> designations = new ArrayList<>();
            for (JsonNode x : f.path("designations")) {
                StringBuilder sb = new StringBuilder(x.path("program").asText());
                if (x.has("listedOn")) {
                    sb.append(", from ").append(x.path("listedOn").asText());
                }
                if (x.has("liftedOn")) {
                    sb.append(", lifted ").append(x.path("liftedOn").asText());
                }
                if (x.has("expiresOn")) {
                    sb.append(", expires ").append(x.path("expiresOn").asText());
                }
                if (!x.path("authority").asText().isEmpty()) {
                    sb.append(" — ").append(x.path("authority").asText());
                }
                designations.add(sb.toString());
            }
            findings.add(new FindingView(i++, f.path("subject").asText(), f.path("role").asText(), f.path("name").asText(),
                    f.path("party").asText(), f.path("partyName").asText(), f.path("matched").asText(),
                    f.path("matchedName").asText(), f.path("score").asDouble(), f.path("certain").asBoolean(), path,
                    f.path("listVersion").asText(), designations));
        }
        List<UnresolvedView> unresolved = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (JsonNode u : d.path("unresolved")) {
            List<CandidateView> candidates = new ArrayList<>();
            u.path("candidates").forEach(c -> candidates.add(new CandidateView(c.path("party").asText(),
                    c.path("partyName").asText(), c.path("score").asDouble())));
            unresolved.add(new UnresolvedView(u.path("subject").asText(), u.path("name").asText(), u.path("kind").asText(),
                    u.path("reason").asText(), candidates));
            shown.add(u.path("subject").asText() + ": " + u.path("reason").asText());
        }
        List<String> notes = new ArrayList<>();
        // The notes repeat each unresolved subject for readers of the JSON; the page shows them once, above.
        d.path("notes").forEach(n -> {
            if (!shown.contains(n.asText())) {
                notes.add(n.asText());
            }
        });
        List<String> versions = new ArrayList<>();
        d.path("listVersions").forEach(n -> versions.add(n.asText()));
        return new DecisionView(id, d.path("outcome").asText(), d.path("asOf").asText(), d.path("explanation").asText(),
                programs, findings, unresolved, notes, versions, cases, transactionJson, createdAt, actor);
    }
}
