package org.cordon.server.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cordon.match.Match;

/**
 * Batch screening results as CSV, one row per match ({@code id,rank,score,list,source_id,matched_name,party_name}) and
 * one empty row for a name with none: the same for {@code cordon screen --output} and the web interface's download.
 * Written through {@link SafeCsv}: an id or name that a spreadsheet would take for a formula is quoted as text.
 */
public final class ScreenResultsCsv implements AutoCloseable {

    public static final List<String> HEADER = List.of("id", "rank", "score", "list", "source_id", "matched_name", "party_name");

    private final SafeCsv csv;

    public ScreenResultsCsv(Appendable out) throws IOException {
        this.csv = new SafeCsv(out, HEADER);
    }

    /** The rows of one query's matches, ranked from 1. */
    public void write(String id, List<Match> matches) throws IOException {
        if (matches.isEmpty()) {
            csv.row(id, "", "", "", "", "", "");
        }
        int rank = 1;
        for (Match m : matches) {
            csv.row(id, rank++, score(m.score()), m.party().listId(), m.party().sourceId(), m.matchedName().value(),
                    m.party().primaryName().value());
        }
    }

    /** A score as a number with three decimals (0.950), never neutralised as text. */
    public static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
