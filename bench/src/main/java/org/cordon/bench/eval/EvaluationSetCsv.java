package org.cordon.bench.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes an evaluation set as CSV for inspection: {@code id,query,type,kind,expected_ids,source}, expected ids
 * separated by {@code ;}, source being the listed name the query was made from.
 */
public final class EvaluationSetCsv {

    private EvaluationSetCsv() {}

    static final String[] HEADER = {"id", "query", "type", "kind", "expected_ids", "source"};

    public static void write(EvaluationSet set, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT;
        out.write(format.format((Object[]) HEADER));
        out.write('\n');
        for (LabelledQuery q : set.queries()) {
            out.write(format.format(q.id(), q.query(), q.type().name().toLowerCase(Locale.ROOT), q.kind().label(),
                    String.join(";", q.expectedIds()), q.source()));
            out.write('\n');
        }
        out.flush();
    }
}
