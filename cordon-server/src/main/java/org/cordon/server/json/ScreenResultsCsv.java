package org.cordon.server.json;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cordon.match.Match;

/**
 * Batch screening results as CSV, one row per match ({@code id,rank,score,list,source_id,matched_name,party_name}) and
 * one empty row for a name with none: the same for {@code cordon screen --output} and the web interface's download.
 */
public final class ScreenResultsCsv implements AutoCloseable {

    public static final List<String> HEADER = List.of("id", "rank", "score", "list", "source_id", "matched_name", "party_name");

    private final CSVPrinter csv;

    public ScreenResultsCsv(Appendable out) throws IOException {
        this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
    }

    /** The rows of one query's matches, ranked from 1. */
    public void write(String id, List<Match> matches) throws IOException {
        if (matches.isEmpty()) {
            csv.printRecord(id, "", "", "", "", "", "");
        }
        int rank = 1;
        for (Match m : matches) {
            csv.printRecord(id, rank++, String.format(Locale.ROOT, "%.3f", m.score()), m.party().listId(),
                    m.party().sourceId(), m.matchedName().value(), m.party().primaryName().value());
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
