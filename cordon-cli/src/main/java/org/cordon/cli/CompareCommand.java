package org.cordon.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cordon.match.score.Explanation;
import org.cordon.match.Screener;
import org.cordon.server.json.SafeCsv;
import org.cordon.server.json.ScreenResultsCsv;
import org.cordon.model.PartyType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon compare}: how alike are two names? For tuning and for checking a screener against others. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Score pairs of names: --input PAIRS.csv (header id,name1,name2[,type]) --output SCORES.csv",
                "(header id,score,match; match is true at the default threshold; --explain adds an explanation column).",
                "No list is involved, so every word weighs the same."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PAIRS.csv", description = "The pairs to compare.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "SCORES.csv", description = "Where the scores go.")
    Path output;

    @Option(names = "--explain", description = "Add a column saying which words met and how.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        String file = input.getFileName().toString();
        List<QueryFile.Row> rows = QueryFile.read(input, List.of("id", "name1", "name2"), List.of("type"));
        List<PartyType> types = new ArrayList<>();
        for (QueryFile.Row row : rows) {
            types.add(QueryFile.type(row, file));
        }
        List<Screener.Comparison> results = IntStream.range(0, rows.size()).parallel()
                .mapToObj(i -> Screener.compare(rows.get(i).get("name1"), rows.get(i).get("name2"), types.get(i)))
                .toList();
        List<String> header = new ArrayList<>(List.of("id", "score", "match"));
        if (explain) {
            header.add("explanation");
        }
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             SafeCsv csv = new SafeCsv(w, header)) {
            for (int i = 0; i < rows.size(); i++) {
                Screener.Comparison c = results.get(i);
                List<Object> record = new ArrayList<>(List.of(rows.get(i).get("id"),
                        ScreenResultsCsv.score(c.score()), c.match()));
                if (explain) {
                    record.add(describe(c.explanation()));
                }
                csv.row(record);
            }
        }
        spec.commandLine().getErr().printf("compared %d pairs%n", rows.size());
        return 0;
    }

    private static String describe(Explanation e) {
        String tokens = e.tokens().stream().map(t -> t.similarity() > 0
                ? t.query() + " ~ " + t.listed() + " " + String.format(Locale.ROOT, "%.2f", t.similarity())
                        + " (" + String.join(", ", t.how()) + ")"
                : t.query().isEmpty() ? "only in name2: " + t.listed() : "only in name1: " + t.query())
                .collect(Collectors.joining("; "));
        return e.warnings().isEmpty() ? tokens : tokens + "; warnings: " + String.join("; ", e.warnings());
    }
}
