package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportMode;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ListFormat;
import org.cordon.snapshot.ListImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists import FORMAT PATH}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a list file as a new version and make it active.",
                "Strict by default: any malformed row rejects the whole import and the active version stays.",
                "FORMAT: ofac-sdn (folder with sdn.csv [alt.csv add.csv sdn_comments.csv]), ofac-sdn-xml (sdn.xml or .zip),",
                "ofac-non-sdn (folder with cons_prim.csv ...), csl (CSV or JSON), dpl, un, curated (YAML or JSON),",
                "ftm (FollowTheMoney JSON lines), eu-fsf (EU consolidated XML), uk-sanctions (UK Sanctions List XML or CSV),",
                "ofac-sls (OFAC Sanctions List Service SDN_ADVANCED/CONS_ADVANCED XML, plain or zipped)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported, or unchanged (same content as a stored version)", "1:rejected", "2:usage"})
final class ListsImportCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Names.class)
    ListFormat format;

    @Parameters(index = "1", paramLabel = "PATH", description = "The file or folder to import.")
    Path path;

    @Option(names = "--id", paramLabel = "LIST", description = "List id (default: the format's, e.g. ofac-sdn).")
    String listId = "";

    @Option(names = "--lenient", description = "Skip malformed rows instead of rejecting the import; they are written to the report.")
    boolean lenient;

    @Option(names = "--report", paramLabel = "FILE", description = "Where a lenient import writes its skipped rows (default: under the data directory's reports/).")
    Path report;

    @Option(names = "--no-activate", description = "Store the version without making it active.")
    boolean noActivate;

    @Option(names = "--allow-shrink", description = "Accept a version with fewer than half the active version's entries.")
    boolean allowShrink;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            err.println("cordon: " + path + ": no such file or folder");
            return 1;
        }
        CordonHome home = lists.root.home();
        ListImports imports = new ListImports(home.openStore());
        ImportOptions options = new ImportOptions(listId, lenient ? ImportMode.LENIENT : ImportMode.STRICT,
                ImportOptions.DEFAULT_MAX_UNCOMPRESSED);
        long start = System.nanoTime();
        ListImports.Outcome outcome;
        try {
            outcome = imports.run(new ListImports.Request(format, path, options, !noActivate, allowShrink));
        } catch (ImportException e) {
            err.println("cordon: import of " + path + " rejected; the active version is unchanged:");
            for (ImportProblem p : e.problems()) {
                err.println("  " + p);
            }
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var info = outcome.info();
        if (outcome.created()) {
            out.printf("imported %s: %d entries, hash %s, %.2f s%s%n", info.ref(), info.entryCount(), info.shortHash(),
                    seconds, outcome.activated() ? ", now active" : "");
        } else {
            out.printf("unchanged: same content as %s (%d entries)%s%n", info.ref(), info.entryCount(),
                    outcome.activated() ? ", now active" : "");
        }
        outcome.notices().forEach(n -> out.println("note: " + n));
        if (!outcome.skipped().isEmpty()) {
            Path file = report != null ? report
                    : home.dir().resolve("reports").resolve(info.listId() + "-v" + info.version() + "-skipped.txt");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, outcome.skipped().stream().map(ImportProblem::toString).toList());
            out.printf("skipped %d malformed rows; report: %s%n", outcome.skipped().size(), file);
        }
        return 0;
    }
}
