package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.program.Program;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.program.ProgramVersion;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.Resolution;
import org.cordon.policy.transaction.Transaction;

/**
 * Decides a resolved transaction: runs every program version in force on its date and takes the strictest
 * outcome. Thread-safe; build once (it compiles every program's CEL) and share.
 */
public final class PolicyEngine {

    private final ProgramCatalog catalog;
    private final ExportControlData exportData;
    private final Map<String, CompiledVersion> compiled = new HashMap<>();

    public PolicyEngine(ProgramCatalog catalog, ExportControlData exportData) {
        this.catalog = catalog;
        this.exportData = exportData;
        CelEnvironment cel = new CelEnvironment();
        for (Program p : catalog.all()) {
            for (ProgramVersion v : p.versions()) {
                compiled.put(key(p, v), new CompiledVersion(p, v, cel));
            }
        }
    }

    public ProgramCatalog catalog() {
        return catalog;
    }

    public ExportControlData exportData() {
        return exportData;
    }

    public Decision decide(Transaction t, Resolution resolution, List<String> listVersions, List<String> extraNotes) {
        List<Finding> findings = resolution.findings();
        Map<String, Object> vars = new HashMap<>();
        vars.put("tx", CelValues.transaction(t));
        vars.put("facts", ExportFacts.of(t, exportData));
        List<Map<String, Object>> fmaps = findings.stream().map(f -> CelValues.finding(f, t.date())).toList();
        vars.put("findings", fmaps);
        vars.put("unresolved", resolution.unresolved().stream().map(CelValues::unresolved).toList());
        vars.put("f", Map.of());
        vars.put("matched", List.of());

        List<ProgramResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>(extraNotes);
        Map<String, ProgramCatalog.InForce> inForce = new LinkedHashMap<>();
        catalog.inForceOn(t.date()).forEach(x -> inForce.put(x.program().id(), x));
        for (Program p : catalog.all()) {
            ProgramCatalog.InForce x = inForce.get(p.id());
            if (x == null) {
                notYetInForce(p, t, vars, notes);
                continue;
            }
            CompiledVersion cv = compiled.get(key(p, x.version()));
            Map<String, Object> pv = new HashMap<>(vars);
            pv.put("params", cv.params);
            if (cv.appliesWhen.test(pv)) {
                ProgramResult r = new VersionRun(cv, pv, fmaps, findings, resolution.unresolved()).run();
                List<String> waivers = Waivers.notes(t, p, cv.params);
                if (!waivers.isEmpty() && r.outcome().compareTo(Outcome.ALLOW) > 0) {
                    // The answer a waiver did not change says why, where the reader looks first.
                    r = new ProgramResult(r.id(), r.version(), r.title(), r.outcome(), r.citation(),
                            r.reason() + " " + String.join(" ", waivers), r.rule(), r.findings());
                }
                results.add(r);
                notes.addAll(waivers);
            }
        }
        resolution.unresolved().forEach(u -> notes.add(u.field() + ": " + u.what()));
        notes.addAll(resolution.notes());
        results.sort(Comparator.comparing(ProgramResult::outcome).reversed().thenComparing(ProgramResult::id));
        Outcome outcome = results.stream().map(ProgramResult::outcome).reduce(Outcome.ALLOW, Outcome::stricter);
        return new Decision(outcome, t.date(), results, findings, resolution.unresolved(), listVersions, notes,
                Explanations.of(t, outcome, results, findings));
    }

    /** A program that would govern the transaction but is not (or no longer) in force on its date is worth a note. */
    private void notYetInForce(Program p, Transaction t, Map<String, Object> vars, List<String> notes) {
        for (ProgramVersion v : p.versions()) {
            CompiledVersion cv = compiled.get(key(p, v));
            Map<String, Object> pv = new HashMap<>(vars);
            pv.put("params", cv.params);
            if (cv.appliesWhen.test(pv)) {
                notes.add(p.id() + " (" + p.title() + ") would govern this transaction but is not in force on "
                        + t.date() + ": " + (t.date().isBefore(p.firstEffective()) ? "it takes effect " + p.firstEffective()
                        : "its last version ended " + v.effectiveUntil().map(Object::toString).orElse("")));
                return;
            }
        }
    }

    private static String key(Program p, ProgramVersion v) {
        return p.id() + "#" + v.version();
    }
}
