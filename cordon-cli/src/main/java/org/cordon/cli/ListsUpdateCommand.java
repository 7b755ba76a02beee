package org.cordon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.update.Fetch;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.snapshot.update.UpdateSource;
import org.cordon.snapshot.update.UpdateSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists update}. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Fetch the official lists from their publishers, verify and import them.",
                "Sources: --sources FILE, else sources.yaml in the data directory, else the built-in publisher addresses.",
                "A source that fails leaves its list's active version unchanged."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every source updated or unchanged", "1:at least one source failed", "2:usage"})
final class ListsUpdateCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "FILE", description = "YAML file naming the sources (see docs/lists.md).")
    Path sourcesFile;

    @Option(names = "--offline", paramLabel = "DIR", description = "Take the files from DIR (DIR/<list>/NAME or DIR/NAME) instead of the network.")
    Path offline;

    @Option(names = "--mirror", paramLabel = "URL", description = "Fetch every file from a mirror or proxy instead of the"
            + " publishers: the file NAME of list LIST from URL/LIST/NAME.")
    String mirror;

    @Option(names = "--only", paramLabel = "LIST", description = "Update only this list (repeatable).")
    List<String> only;

    @Override
    public Integer call() throws Exception {
        CordonHome home = lists.root.home();
        Path file = sourcesFile != null ? sourcesFile : home.dir().resolve("sources.yaml");
        List<UpdateSource> sources = Files.isRegularFile(file) ? UpdateSources.load(file) : UpdateSources.defaults();
        if (only != null && !only.isEmpty()) {
            sources = sources.stream().filter(s -> only.contains(s.listId())).toList();
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no configured source for " + only);
            }
        }
        if (offline != null && mirror != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--offline and --mirror exclude each other: take the files from one place");
        }
        Fetch fetch = offline != null ? Fetch.offline(offline) : mirror != null ? Fetch.mirror(mirror) : Fetch.publishers();
        ListUpdater updater = new ListUpdater(new ListImports(home.openStore()));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ListUpdater.Outcome o : updater.update(sources, fetch)) {
            out.printf("%-14s %-9s %s%n", o.listId(), o.status().name().toLowerCase(), o.detail());
            if (o.status() == ListUpdater.Status.FAILED) {
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
