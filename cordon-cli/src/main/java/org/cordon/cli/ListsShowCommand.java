package org.cordon.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cordon.model.Designation;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.snapshot.ListSnapshot;
import org.cordon.snapshot.SnapshotJson;
import org.cordon.snapshot.VersionRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists show LIST[@N]}: the entries of a version, optionally filtered. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the entries of a list version with their names and designations.",
                "LIST may be 'bundled' for the curated list shipped with Cordon."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:entries shown", "1:no entry matched, or an error", "2:usage"})
final class ListsShowCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LIST[@VERSION]", description = "The list (active version) or LIST@N / LIST@HASH.")
    String ref;

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only entries with a name containing TEXT (case-insensitive, any script).")
    String grep;

    @Option(names = "--source-id", paramLabel = "ID", description = "Only the entry with this publisher id.")
    String sourceId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default 50; 0 for all).")
    int limit = 50;

    @Override
    public Integer call() throws Exception {
        var store = lists.openStore();
        String resolved = ref.equals("bundled") || ref.startsWith("bundled@")
                ? CordonHome.BUNDLED_LIST_ID + ref.substring("bundled".length()) : ref;
        ListSnapshot snapshot = store.load(VersionRef.parse(resolved));
        String needle = grep == null ? null : grep.toLowerCase(Locale.ROOT);
        List<Party> selected = snapshot.parties().stream()
                .filter(p -> sourceId == null || p.sourceId().equals(sourceId))
                .filter(p -> needle == null || p.names().stream()
                        .anyMatch(n -> n.value().toLowerCase(Locale.ROOT).contains(needle)))
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(SnapshotJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(selected));
        } else {
            out.printf("%s: %d entries%n", snapshot.info().ref(), snapshot.info().entryCount());
            for (Party p : selected) {
                printParty(out, p);
            }
        }
        return selected.isEmpty() ? 1 : 0;
    }

    private static void printParty(PrintWriter out, Party p) {
        out.printf("%n%s  [%s, %s, confidence %s]%n", p.primaryName().value(), p.sourceId(),
                p.type().name().toLowerCase(Locale.ROOT), p.confidence().name().toLowerCase(Locale.ROOT));
        for (Name n : p.names().subList(1, p.names().size())) {
            out.printf("  %-16s %s%s%n", n.kind().name().toLowerCase(Locale.ROOT), n.value(),
                    n.language().isEmpty() ? "" : " (" + n.language() + ")");
        }
        p.identifiers().forEach(i -> out.printf("  %-16s %s%s%n", i.label().isEmpty()
                ? i.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') : i.label(), i.value(),
                i.country().map(c -> " (" + c.name() + ")").orElse("")));
        p.addresses().forEach(a -> out.printf("  %-16s %s%n", "address", a.oneLine()));
        p.dates().forEach(d -> out.printf("  %-16s %s%n", d.kind().name().toLowerCase(Locale.ROOT),
                d.from().equals(d.to()) ? d.from() : d.from() + " to " + d.to()));
        if (!p.nationalities().isEmpty()) {
            out.printf("  %-16s %s%n", "country", p.nationalities().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
        }
        p.relationships().forEach(r -> out.printf("  %-16s %s%s%n", r.kind().name().toLowerCase(Locale.ROOT),
                r.targetName(), r.share().map(s -> " (" + s + "%)").orElse("")));
        for (Designation d : p.designations()) {
            out.printf("  %-16s %s%n", "designation", DesignationText.of(d));
        }
    }
}
