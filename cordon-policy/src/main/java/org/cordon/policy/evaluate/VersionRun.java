package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.resolve.Finding;

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

    VersionRun(CompiledVersion cv, Map<String, Object> vars, List<Map<String, Object>> fmaps, List<Finding> findings) {
        this.cv = cv;
        this.vars = vars;
        this.fmaps = fmaps;
        this.findings = findings;
    }

    ProgramResult run() {
        for (CompiledVersion.CompiledRule r : cv.rules) {
            if (r.when() != null && !r.when().test(vars)) {
                continue;
            }
            List<Integer> hit = new ArrayList<>();
            if (r.match() != null) {
                for (int i = 0; i < fmaps.size(); i++) {
                    Map<String, Object> one = new java.util.HashMap<>(vars);
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
            withMatched.put("matched", basis.stream().map(fmaps::get).toList());
            Outcome outcome = r.rule().outcome();
            String reason = r.reason().render(withMatched) + findingsText(basis);
            if (onlyUncertain && outcome.compareTo(Outcome.REVIEW) > 0) {
                reason = "Needs review: the rule would give " + outcome + " but rests only on uncertain matches. " + reason;
                outcome = Outcome.REVIEW;
            }
            String citation = r.rule().citation().isEmpty() ? cv.version.citation() : r.rule().citation();
            String ruleId = r.rule().id();
            if (outcome.compareTo(Outcome.ALLOW) > 0) {
                for (CompiledVersion.CompiledExemption e : cv.exemptions) {
                    if (e.when().test(withMatched) && e.exemption().outcome().compareTo(outcome) < 0) {
                        reason = e.reason().render(withMatched) + " (Otherwise: " + reason + ")";
                        outcome = e.exemption().outcome();
                        citation = e.exemption().citation().isEmpty() ? citation : e.exemption().citation();
                        ruleId = "exception:" + e.exemption().id();
                        break;
                    }
                }
            }
            return result(outcome, citation, reason, ruleId, basis);
        }
        return result(Outcome.ALLOW, cv.version.citation(), cv.otherwise.render(vars), "otherwise", List.of());
    }

    private ProgramResult result(Outcome outcome, String citation, String reason, String rule, List<Integer> basis) {
        return new ProgramResult(cv.program.id(), cv.version.version(), cv.program.title(), outcome, citation, reason,
                rule, basis);
    }

    private String findingsText(List<Integer> basis) {
        if (basis.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i : basis.stream().limit(3).toList()) {
            Finding f = findings.get(i);
            String via = f.direct() ? "" : " (through " + (f.path().size() - 1) + " tie" + (f.path().size() > 2 ? "s" : "")
                    + " to " + f.designatedName() + ")";
            parts.add(f.subject().field() + " '" + f.subject().name() + "' is " + f.designatedName()
                    + (f.direct() ? "" : via) + String.format(java.util.Locale.ROOT, ", match %.2f%s", f.score(),
                    f.certain() ? "" : ", uncertain"));
        }
        return " Found: " + String.join("; ", parts) + (basis.size() > 3 ? "; and " + (basis.size() - 3) + " more" : "") + ".";
    }
}
