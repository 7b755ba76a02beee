package org.cordon.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.ingest.ftm.FtmExporter;
import org.cordon.snapshot.ListSnapshot;
import org.cordon.snapshot.VersionRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists export LIST[@N] --format ftm}: a list version as FollowTheMoney entities. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the entries of a list version as FollowTheMoney entities, one JSON object a line",
                "(what OpenSanctions and yente read); 'cordon lists import ftm FILE' reads them back.",
                "LIST may be 'bundled' for the curated list shipped with Cordon."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:no such list or version", "2:usage"})
final class ListsExportCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LIST[@VERSION]", description = "The list (active version) or LIST@N / LIST@HASH.")
    String ref;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ftm (the only one so far).", required = true)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!"ftm".equals(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown export format '" + format + "'; expected ftm");
        }
        var store = lists.openStore();
        String resolved = ref.equals("bundled") || ref.startsWith("bundled@")
                ? CordonHome.BUNDLED_LIST_ID + ref.substring("bundled".length()) : ref;
        ListSnapshot snapshot = store.load(VersionRef.parse(resolved));
        FtmExporter exporter = new FtmExporter(snapshot.info().listId());
        long entities;
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            entities = exporter.write(snapshot.parties(), out);
        } else {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
                    StandardCharsets.UTF_8))) {
                entities = exporter.write(snapshot.parties(), w);
            }
            spec.commandLine().getErr().printf("exported %s: %d entries as %d FtM entities to %s%n",
                    snapshot.info().ref(), snapshot.parties().size(), entities, output);
        }
        return 0;
    }
}
