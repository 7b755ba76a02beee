package org.cordon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cordon.policy.program.Program;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.program.ProgramVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "programs", mixinStandardHelpOptions = true,
        description = "The programs Cordon applies, with their versions, dates and citations; with an ID, one in full.")
final class ProgramsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A program id, e.g. ndaa-889-part-a.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgramCatalog catalog = ProgramCatalog.bundled();
        if (id == null) {
            for (Program p : catalog.all()) {
                out.printf("%-28s %s%n", p.id(), p.title());
                for (ProgramVersion v : p.versions()) {
                    out.printf("%-28s   v%d from %s%s%n", "", v.version(), v.effectiveFrom(),
                            v.effectiveUntil().map(u -> " until " + u).orElse(""));
                }
            }
            return 0;
        }
        var program = catalog.get(id);
        if (program.isEmpty()) {
            spec.commandLine().getErr().println("cordon programs: no program " + id + "; see cordon programs");
            return 2;
        }
        Program p = program.get();
        out.println(p.id() + ": " + p.title());
        for (ProgramVersion v : p.versions()) {
            out.println();
            out.println("Version " + v.version() + ", in force from " + v.effectiveFrom()
                    + v.effectiveUntil().map(u -> " until " + u).orElse(""));
            if (!v.amendment().isEmpty()) {
                out.println("  " + v.amendment());
            }
            v.citations().forEach(c -> out.println("  Cites: " + c));
            out.println("  Applies when: " + v.appliesWhen());
            v.rules().forEach(r -> out.println("  Rule " + r.id() + " -> " + r.outcome()));
            v.exemptions().forEach(e -> out.println("  Exception " + e.id() + (e.citation().isEmpty() ? "" : " (" + e.citation() + ")")));
            out.println("  Why: " + v.rationale());
        }
        return 0;
    }
}
