package org.cordon.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Hand-written queries in another script than the list's for listed parties: Russian spellings of Russian
 * entities and persons on the SDN list, Chinese names of Chinese companies on the lists, Arabic and Persian
 * names of Middle Eastern ones. Read from {@code cross-script.csv} beside this class.
 */
final class CrossScriptQueries {

    private CrossScriptQueries() {}

    static final String RESOURCE = "cross-script.csv";

    /** One row: the query and the party it names. */
    record Row(String query, String listId, String sourceId, String note) {
        String partyId() {
            return listId + "/" + sourceId;
        }
    }

    static List<Row> bundled() {
        try (InputStream in = CrossScriptQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource missing: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : format.parse(reader)) {
            rows.add(new Row(r.get("query"), r.get("list_id"), r.get("source_id"), r.get("note")));
        }
        return rows;
    }
}
