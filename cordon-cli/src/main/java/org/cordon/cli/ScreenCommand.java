package org.cordon.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cordon.match.score.Explanation;
import org.cordon.match.Match;
import org.cordon.server.json.ScreenResultsCsv;
import org.cordon.server.json.MatchJson;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.PartyType;
import org.cordon.snapshot.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon screen}: who may a name be? One name, or a CSV file of them. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Screen a name (any script) against lists: ranked matches with scores and explanations.",
                "Batch: --input QUERIES.csv (header id,name[,type][,country]) --output RESULTS.csv",
                "(header id,rank,score,list,source_id,matched_name,party_name; one row per match, one empty row for a name with none)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no match (one name), or the batch was screened", "1:at least one match (one name), or an error",
                "2:usage"})
final class ScreenCommand implements Callable<Integer> {

    @ParentCommand
    Cordon root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", paramLabel = "SPEC", converter = ListSpecConverter.class,
            description = {"FORMAT:PATH (FORMAT: ofac-sdn, ofac-sdn-xml, ofac-non-sdn, csl, dpl, un, curated, ftm, eu-fsf, uk-sanctions, ofac-sls),",
                    "'bundled', or 'stored:LIST[@VERSION]' from the data directory. Repeatable; default: bundled."})
    List<ListSpec> lists = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "T", description = "Lowest score reported, 0-1 (default ${DEFAULT-VALUE}).")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--limit", paramLabel = "N", description = "At most N matches per name (default ${DEFAULT-VALUE}).")
    int limit = Screener.DEFAULT_LIMIT;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json, for one name.")
    String format = "table";

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel or aircraft (one name).")
    String type = "";

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Country of the party, a name or ISO code (one name).")
    String country = "";

    @Option(names = "--input", paramLabel = "QUERIES.csv", description = "Screen every name of this CSV file.")
    Path input;

    @Option(names = "--output", paramLabel = "RESULTS.csv", description = "Where batch results go.")
    Path output;

    @Option(names = "--lenient", description = "Read --list files leniently (skip malformed rows).")
    boolean lenient;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((input == null) == (name == null) || (input != null && output == null)) {
            err.println("cordon screen: give a NAME, or --input QUERIES.csv with --output RESULTS.csv");
            return 2;
        }
        if (threshold < 0 || threshold > 1 || limit < 1) {
            err.println("cordon screen: --threshold must be within 0-1 and --limit at least 1");
            return 2;
        }
        long start = System.nanoTime();
        Screener screener = ScreenerLoader.load(lists, root.home(), lenient);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        if (input != null) {
            return batch(screener, buildSeconds);
        }
        QueryFile.Row row = new QueryFile.Row(0, Map.of("type", type));
        PartyType partyType = QueryFile.type(row, "--type");
        ScreeningQuery query = new ScreeningQuery(name, partyType,
                country.isBlank() ? Optional.empty() : Optional.of(Country.of(country)), Optional.empty(), List.of());
        List<Match> matches = screener.screen(query, threshold, limit);
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(SnapshotJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(MatchJson.of(name, matches)));
        } else {
            printTable(out, matches);
        }
        return matches.isEmpty() ? 0 : 1;
    }

    private int batch(Screener screener, double buildSeconds) throws Exception {
        String file = input.getFileName().toString();
        List<QueryFile.Row> rows = QueryFile.read(input, List.of("id", "name"), List.of("type", "country"));
        List<ScreeningQuery> queries = new ArrayList<>(rows.size());
        for (QueryFile.Row row : rows) {
            String c = row.get("country").strip();
            queries.add(new ScreeningQuery(row.get("name"), QueryFile.type(row, file),
                    c.isEmpty() ? Optional.empty() : Optional.of(Country.of(c)), Optional.empty(), List.of()));
        }
        long start = System.nanoTime();
        List<List<Match>> results = new ArrayList<>(java.util.Collections.nCopies(queries.size(), List.of()));
        AtomicInteger done = new AtomicInteger();
        try (ProgressBar bar = progressBar(queries.size())) {
            IntStream.range(0, queries.size()).parallel().forEach(i -> {
                results.set(i, screener.screen(queries.get(i), threshold, limit));
                int n = done.incrementAndGet();
                if (bar != null && (n & 255) == 0) {
                    bar.stepTo(n);
                }
            });
            if (bar != null) {
                bar.stepTo(queries.size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int empty = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             ScreenResultsCsv csv = new ScreenResultsCsv(w)) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).get("name").isBlank()) {
                    empty++;
                }
                csv.write(rows.get(i).get("id"), results.get(i));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (empty > 0) {
            err.printf("%d rows have an empty name; each has a row with no match in %s%n", empty, output.getFileName());
        }
        err.printf(Locale.ROOT, "screened %d names in %.2f s (%.0f names/s); index built in %.2f s%n", queries.size(),
                seconds, queries.size() / Math.max(seconds, 1e-9), buildSeconds);
        return 0;
    }

    /** A bar on a terminal only: a pipe or a file gets just the closing line. */
    private static ProgressBar progressBar(int total) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("screening").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    private void printTable(PrintWriter out, List<Match> matches) {
        if (matches.isEmpty()) {
            out.printf("no match at or above %.2f%n", threshold);
            return;
        }
        Table table = new Table("RANK", "SCORE", "LIST", "SOURCE_ID", "MATCHED NAME", "PARTY");
        int rank = 1;
        for (Match m : matches) {
            table.row(rank++, String.format(Locale.ROOT, "%.3f", m.score()), m.listVersion(), m.party().sourceId(),
                    m.matchedName().value(), m.party().primaryName().value());
        }
        table.print(out);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            out.printf("%n#%d %s (%s)%n", i + 1, m.party().primaryName().value(), m.party().id());
            for (Explanation.TokenMatch t : m.explanation().tokens()) {
                if (t.similarity() > 0) {
                    out.printf("    %-28s ~ %-28s %.2f  %s%n", t.query(), t.listed(), t.similarity(), String.join(", ", t.how()));
                } else if (!t.query().isEmpty()) {
                    out.printf("    %-28s   (not in the listed name)%n", t.query());
                }
            }
            m.explanation().qualifiers().forEach(q -> out.println("    " + q));
            m.explanation().warnings().forEach(w -> out.println("    warning: " + w));
            for (Designation d : m.party().designations()) {
                out.println("    designation: " + DesignationText.of(d));
            }
        }
    }

    /** The JSON shape of a screening result. */
}
