package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cordon.policy.Decisions;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.program.Outcome;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.resolve.ListedParties;
import org.cordon.policy.resolve.Resolver;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.TransactionException;
import org.cordon.policy.transaction.TransactionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decide a transaction (JSON, see docs/decisions.md): may it go ahead, under which program, and why.",
                "Prints the decision as JSON. Exit status: 0 ALLOW or ADVISORY, 1 REVIEW, LICENSE_REQUIRED or BLOCK,"
                        + " 2 a bad transaction or usage."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Cordon root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", paramLabel = "SPEC", converter = ListSpecConverter.class,
            description = "A list to resolve against (repeatable): FORMAT:PATH, bundled, or stored:LIST[@VERSION]"
                    + " (without a version: the version current on the transaction's date). Default: every list of the data"
                    + " directory, each as of the transaction's date.")
    List<ListSpec> lists = new ArrayList<>();

    @Option(names = "--programs", paramLabel = "DIR",
            description = "Program files (*.yaml) that replace or add to the bundled programs.")
    Path programs;

    @Option(names = "--tac", paramLabel = "FILE",
            description = "A TAC table for IMEIs (repeatable; later files win): the Osmocom tacdb CSV export, or"
                    + " Cordon's curated CSV (tac,brand,model,source). The bundled curated TACs always apply.")
    List<Path> tacs = new ArrayList<>();

    @Option(names = "--review-floor", paramLabel = "SCORE",
            description = "The floor of the review band (default ${DEFAULT-VALUE}): a name whose best match scores from"
                    + " here to the match threshold 0.80 is neither matched nor cleared, and the programs that look at"
                    + " it answer REVIEW. 0.80 removes the band (not advised).")
    double reviewFloor = Resolver.REVIEW_FLOOR;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text.")
    String format = "json";

    @Parameters(paramLabel = "FILE.json", description = "The transaction; - reads standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!(reviewFloor > 0 && reviewFloor <= Resolver.FINDING_THRESHOLD)) {
            err.println("cordon check: --review-floor is a score above 0 and at most " + Resolver.FINDING_THRESHOLD
                    + ", not " + reviewFloor);
            return 2;
        }
        if (!format.equals("json") && !format.equals("text")) {
            err.println("cordon check: --format is json or text, not " + format);
            return 2;
        }
        String json;
        try {
            json = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("cordon check: " + file + ": no such file");
            return 2;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println("cordon check: " + file + ": not UTF-8 text");
            return 2;
        }
        ProgramCatalog catalog = ProgramCatalog.bundled();
        if (programs != null) {
            catalog = catalog.withFolder(programs);
        }
        ExportControlData exportData = ExportControlData.bundled();
        Transaction t;
        try {
            t = new TransactionReader(exportData::knows).read(json);
        } catch (TransactionException e) {
            err.println("cordon check: " + file + ": " + e.getMessage());
            return 2;
        }
        List<String> notes = new ArrayList<>();
        ListedParties.Builder listed = ListedParties.builder();
        List<ListSpec> chosen = lists;
        if (chosen.isEmpty()) {
            // Every list of the data directory (the bundled one is installed there on first use).
            chosen = root.home().openStore().listIds().stream().map(id -> ListSpec.parse("stored:" + id)).toList();
        }
        for (ListSpec s : chosen) {
            ListSpec.Loaded loaded = s.loadAsOf(root.home(), t.date(), notes);
            listed.add(loaded.version(), loaded.parties());
        }
        Decisions decisions = Decisions.builder(listed.build()).programs(catalog).exportData(exportData)
                .devices(TacFiles.directory(tacs, err)).reviewFloor(reviewFloor).build();
        Decision d;
        try {
            d = decisions.decide(t);
        } catch (TransactionException e) {
            err.println("cordon check: " + file + ": " + e.getMessage());
            return 2;
        }
        notes.forEach(n -> err.println("cordon check: " + n));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(DecisionJson.write(d));
        } else {
            printText(out, d);
        }
        return d.outcome().compareTo(Outcome.ADVISORY) <= 0 ? 0 : 1;
    }

    private static void printText(PrintWriter out, Decision d) {
        out.println(d.outcome() + " as of " + d.asOf());
        for (ProgramResult r : d.programs()) {
            out.println();
            out.println("  " + r.outcome() + "  " + r.id() + " v" + r.version() + ": " + r.title());
            out.println("      " + r.citation());
            out.println("      " + r.reason());
        }
        if (!d.findings().isEmpty()) {
            out.println();
            out.println("Findings:");
            d.findings().forEach(f -> {
                out.println("  " + f.subject().field() + " '" + f.subject().name() + "' -> " + f.designatedName()
                        + String.format(java.util.Locale.ROOT, " (%.2f%s)", f.score(), f.certain() ? "" : ", uncertain"));
                f.path().forEach(s -> out.println("      " + s));
            });
        }
        d.notes().forEach(n -> out.println("Note: " + n));
    }
}
