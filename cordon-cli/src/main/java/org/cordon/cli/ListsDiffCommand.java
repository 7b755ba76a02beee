package org.cordon.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.model.Party;
import org.cordon.snapshot.SnapshotDiff;
import org.cordon.server.json.DiffJson;
import org.cordon.snapshot.SnapshotJson;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists diff LIST@N LIST@M}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a list: entries added, removed, and changed (with the fields that changed).",
                "Entries are matched by the publisher's id (OFAC ent_num, CSL _id, UN reference number...)."})
final class ListsDiffCommand implements Callable<Integer> {

    @ParentCommand
    ListsCommand lists;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "LIST@N or LIST@HASH (the older version).")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "LIST@N or LIST@HASH (the newer version).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--limit", paramLabel = "N", description = "Text: at most N entries per section (default 20; 0 for all).")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        SnapshotStore store = lists.openStore();
        var a = store.load(VersionRef.parse(from));
        var b = store.load(VersionRef.parse(to));
        SnapshotDiff diff = SnapshotDiff.between(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            Map<String, Object> json = DiffJson.of(diff);
            out.println(SnapshotJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            return 0;
        }
        out.printf("%s -> %s: %d added, %d removed, %d changed%n", diff.from().ref(), diff.to().ref(),
                diff.added().size(), diff.removed().size(), diff.changed().size());
        section(out, "added", diff.added());
        section(out, "removed", diff.removed());
        if (!diff.changed().isEmpty()) {
            out.printf("%nchanged (%d):%n", diff.changed().size());
            int shown = 0;
            for (SnapshotDiff.PartyChange c : diff.changed()) {
                if (limit > 0 && shown++ >= limit) {
                    out.printf("  ... %d more (use --limit 0)%n", diff.changed().size() - limit);
                    break;
                }
                out.printf("  ~ %s  %s%n", c.after().sourceId(), c.after().primaryName().value());
                for (SnapshotDiff.FieldChange f : c.changes()) {
                    f.removed().forEach(v -> out.printf("      %s - %s%n", f.field(), v));
                    f.added().forEach(v -> out.printf("      %s + %s%n", f.field(), v));
                }
            }
        }
        return 0;
    }

    private void section(PrintWriter out, String title, List<Party> parties) {
        if (parties.isEmpty()) {
            return;
        }
        out.printf("%n%s (%d):%n", title, parties.size());
        String mark = title.equals("added") ? "+" : "-";
        int shown = 0;
        for (Party p : parties) {
            if (limit > 0 && shown++ >= limit) {
                out.printf("  ... %d more (use --limit 0)%n", parties.size() - limit);
                break;
            }
            out.printf("  %s %s  %s%n", mark, p.sourceId(), p.primaryName().value());
        }
    }
}
