package org.cordon.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.match.Match;
import org.cordon.match.score.Explanation;
import org.cordon.model.Designation;

/**
 * One match as the screen page shows it: score, the matched name with the tokens that met highlighted, each pairing
 * with its chain of transformations ("华为 → hua wei → huawei"), and the party's designations.
 */
public record MatchView(int rank, double score, String partyId, String list, String listVersion, String sourceId,
                        String partyName, String matchedName, List<Segment> highlighted, List<TokenRow> tokens,
                        List<String> qualifiers, List<String> warnings, List<DesignationView> designations) {

    /** A run of the matched name, marked when a listed token that met lies in it. */
    public record Segment(String text, boolean marked) {}

    /** One pairing: the query token's chain, the listed token, how they met and how closely. */
    public record TokenRow(String chain, String listed, String how, int percent) {}

    public String partyHref() {
        return PartyPages.href(partyId);
    }

    /** zh for a name in Han script (so that screen readers and fonts treat it as such), else none. */
    public String nameLang() {
        return matchedName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : null;
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }

    public String scoreText() {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    /** Strong, possible or weak, for the colour of the bar. */
    public String strength() {
        return score >= 0.95 ? "strong" : score >= 0.8 ? "possible" : "weak";
    }

    static MatchView of(int rank, Match m, LocalDate today) {
        List<TokenRow> rows = new ArrayList<>();
        List<String> listedTokens = new ArrayList<>();
        for (Explanation.TokenMatch t : m.explanation().tokens()) {
            String[] q = t.query().split(" -> ");
            String[] l = t.listed().split(" -> ");
            StringBuilder chain = new StringBuilder(String.join(" → ", q));
            String listedCompared = l[l.length - 1];
            if (!listedCompared.equalsIgnoreCase(q[q.length - 1])) {
                chain.append(" → ").append(listedCompared);
            }
            rows.add(new TokenRow(chain.toString(), l[0], String.join(", ", t.how()),
                    (int) Math.round(t.similarity() * 100)));
            listedTokens.add(l[0]);
        }
        List<DesignationView> designations = m.party().designations().stream()
                .map(d -> DesignationView.of(d, today)).toList();
        String matched = m.matchedName().value();
        return new MatchView(rank, m.score(), m.party().id(), m.party().listId(), m.listVersion(), m.party().sourceId(),
                m.party().primaryName().value(), matched, highlight(matched, listedTokens), rows,
                m.explanation().qualifiers(), m.explanation().warnings(), designations);
    }

    /** Marks every place a listed token occurs in the name (ignoring case); overlapping places merge. */
    static List<Segment> highlight(String name, List<String> tokens) {
        boolean[] marked = new boolean[name.length()];
        String lower = name.toLowerCase(Locale.ROOT);
        for (String t : tokens) {
            String needle = t.strip().toLowerCase(Locale.ROOT);
            if (needle.isEmpty() || needle.length() != t.strip().length()) {
                continue;
            }
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
                for (int i = at; i < at + needle.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || marked[i] != marked[start]) {
                out.add(new Segment(name.substring(start, i), name.length() > 0 && marked[start]));
                start = i;
            }
        }
        return out;
    }

    /** A designation with its citation and dates, and whether it is in force today. */
    public record DesignationView(String program, String authority, String listedOn, String liftedOn, String expiresOn,
                                  String source, String note, String licence, boolean inForce) {
        static DesignationView of(Designation d, LocalDate today) {
            String licence = d.licenceRequirement().isEmpty() ? "" : d.licenceRequirement()
                    + (d.licencePolicy().isEmpty() ? "" : " (" + d.licencePolicy() + ")");
            return new DesignationView(d.program(), d.authority(), d.listedOn().map(LocalDate::toString).orElse(""),
                    d.liftedOn().map(LocalDate::toString).orElse(""), d.expiresOn().map(LocalDate::toString).orElse(""),
                    d.sourceRecord(), d.note(), licence, d.inForceOn(today));
        }

        /** The program code cut after each underscore, so that a narrow column can break it there. */
        public java.util.List<String> programParts() {
            return java.util.Arrays.stream(program.split("(?<=_)")).toList();
        }

        public boolean sourceIsLink() {
            return source.startsWith("https://") || source.startsWith("http://");
        }
    }
}
