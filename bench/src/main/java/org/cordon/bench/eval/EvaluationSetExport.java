package org.cordon.bench.eval;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.bench.RealLists;
import org.cordon.model.Party;

/**
 * Generates the evaluation set from the real lists and writes it as CSV, printing its size per kind. Usage:
 * {@code EvaluationSetExport OUT.csv LISTS_DIR}, LISTS_DIR being {@code shared/data/lists}.
 */
public final class EvaluationSetExport {

    private EvaluationSetExport() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EvaluationSetExport OUT.csv LISTS_DIR");
            System.exit(2);
        }
        List<Party> parties = new ArrayList<>();
        for (RealLists.LoadedList list : RealLists.load(Path.of(args[1]))) {
            parties.addAll(list.parties());
        }
        long start = System.nanoTime();
        EvaluationSet set = EvaluationSet.generate(parties, EvaluationSet.Settings.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            EvaluationSetCsv.write(set, out);
        }
        System.out.printf("%d queries from %d parties in %.1f s, written to %s%n", set.queries().size(),
                parties.size(), seconds, args[0]);
        set.countsByKind().forEach((kind, n) -> System.out.printf("  %-16s %6d%n", kind.label(), n));
        set.notes().forEach(n -> System.out.println("note: " + n));
    }
}
