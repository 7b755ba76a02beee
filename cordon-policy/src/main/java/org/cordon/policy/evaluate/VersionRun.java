package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.Unresolved;

/**
 * One program version run over one transaction: the first rule that holds decides; a rule that only uncertain
 * findings meet gives REVIEW instead of its outcome (a decision never rests on a guess, either way); an exception
 * that holds turns a stricter outcome into its own.
 */
final class VersionRun {

    private final CompiledVersion cv;
    private final Map<String, Object> vars;
    private final List<Map<String, Object>> fmaps;
    private final List<Finding> findings;
    private final List<Unresolved> unresolved;

    VersionRun(CompiledVersion cv, Map<String, Object> vars, List<Map<String, Object>> fmaps, List<Finding> findings,
               List<Unresolved> unresolved) {
        this.cv = cv;
        this.vars = vars;
        this.fmaps = fmaps;
        this.findings = findings;
        this.unresolved = unresolved;
    }

    /** The program's answer, failing closed where it would allow past an unresolved subject. */
    ProgramResult run() {
        Decided d = decide();
        return FailClosed.apply(d.result(), cv.looksAt, d.settled(), unresolved);
    }

    private record Decided(ProgramResult result, boolean settled) {}

    private Decided decide() {
        for (CompiledVersion.CompiledRule r : cv.rules) {
            if (r.when() != null && !r.when().test(vars)) {
                continue;
            }
            List<Integer> hit = new ArrayList<>();
            if (r.match() != null) {
                // One activation for the whole loop: only "f" changes from finding to finding.
                Map<String, Object> one = new java.util.HashMap<>(vars);
                for (int i = 0; i < fmaps.size(); i++) {
                    one.put("f", fmaps.get(i));
                    if (r.match().test(one)) {
                        hit.add(i);
                    }
                }
                if (hit.isEmpty()) {
                    continue;
                }
            }
            List<Integer> certain = hit.stream().filter(i -> findings.get(i).certain()).toList();
            boolean onlyUncertain = r.match() != null && certain.isEmpty();
            List<Integer> basis = onlyUncertain ? hit : (r.match() != null ? certain : hit);
            Map<String, Object> withMatched = new java.util.HashMap<>(vars);
            withMatched.put("matched", onePerParty(basis).stream().map(fmaps::get).toList());
            Outcome outcome = r.rule().outcome();
            String reason = r.reason().render(withMatched) + findingsText(basis);
            if (onlyUncertain && outcome.compareTo(Outcome.REVIEW) > 0) {
                reason = "Needs review: the rule would give " + outcome + " but rests only on uncertain matches. " + reason;
                outcome = Outcome.REVIEW;
            }
            String citation = (r.rule().citation().isEmpty() ? cv.version.citation() : r.rule().citation())
                    + listedBy(basis);
            String ruleId = r.rule().id();
            boolean settled = r.rule().regardlessOfParties();
            if (outcome.compareTo(Outcome.ALLOW) > 0) {
                for (CompiledVersion.CompiledExemption e : cv.exemptions) {
                    if (e.when().test(withMatched) && e.exemption().outcome().compareTo(outcome) < 0) {
                        reason = e.reason().render(withMatched) + " (Otherwise: " + reason + ")";
                        outcome = e.exemption().outcome();
                        citation = e.exemption().citation().isEmpty() ? citation : e.exemption().citation();
                        ruleId = "exception:" + e.exemption().id();
                        settled = true;
                        break;
                    }
                }
            }
            return new Decided(result(outcome, citation, reason, ruleId, basis), settled);
        }
        return new Decided(result(Outcome.ALLOW, cv.version.citation(), cv.otherwise.render(vars), "otherwise",
                List.of()), false);
    }

    /**
     * The instruments that listed the parties a rule rests on, under the programs it reads
     * ({@code params.designations}): a Covered List entry of 2022 cites its own public notice, not the first list's.
     */
    private String listedBy(List<Integer> basis) {
        if (!(cv.params.get("designations") instanceof List<?> programs) || basis.isEmpty()) {
            return "";
        }
        List<String> authorities = basis.stream().flatMap(i -> findings.get(i).designations().stream())
                .filter(d -> programs.contains(d.program())).map(d -> d.authority()).filter(a -> !a.isBlank())
                .distinct().toList();
        return authorities.isEmpty() ? "" : "; as listed: " + String.join("; ", authorities);
    }

    private ProgramResult result(Outcome outcome, String citation, String reason, String rule, List<Integer> basis) {
        return new ProgramResult(cv.program.id(), cv.version.version(), cv.program.title(), outcome, citation, reason,
                rule, basis);
    }

    /** One finding per designated party, so reasons name each party once however many ways lead to it. */
    private List<Integer> onePerParty(List<Integer> basis) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return basis.stream().filter(i -> seen.add(findings.get(i).designatedPartyId())).toList();
    }

    private String findingsText(List<Integer> basis) {
        if (basis.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i : basis) {
            Finding f = findings.get(i);
            if (!seen.add(f.subject().field() + "|" + f.designatedPartyId())) {
                continue;
            }
            List<String> ties = f.path().stream().map(s -> s.relation())
                    .filter(r -> !r.equals("matches") && !r.equals("part_of") && !r.equals("made_by")).toList();
            String match = f.path().stream().anyMatch(s -> s.relation().equals("matches"))
                    ? String.format(java.util.Locale.ROOT, "match %.2f", f.score()) : "by the transaction's facts";
            parts.add(f.subject().field() + " '" + f.subject().name() + "' "
                    + (ties.isEmpty() ? "is " : "leads to ") + f.designatedName()
                    + (ties.isEmpty() ? "" : " (" + String.join(", ", ties) + ")")
                    + " (" + match + (f.certain() ? "" : ", uncertain") + ")");
        }
        int shown = Math.min(3, parts.size());
        return " Found: " + String.join("; ", parts.subList(0, shown))
                + (parts.size() > shown ? "; and " + (parts.size() - shown) + " more" : "") + ".";
    }
}
