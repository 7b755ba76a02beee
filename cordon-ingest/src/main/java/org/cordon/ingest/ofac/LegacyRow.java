package org.cordon.ingest.ofac;

import java.util.List;
import org.cordon.ingest.ImportProblem;

/**
 * One well-formed row of a legacy OFAC CSV file: the right number of columns and a numeric ent_num.
 *
 * @param file    the file's name
 * @param line    the 1-based physical line the row starts on
 * @param columns the column names of the file
 * @param values  the raw values, one per column
 */
record LegacyRow(String file, long line, List<String> columns, List<String> values) {

    /** OFAC's null: "-0-", usually followed by a space. */
    static final String NULL = "-0-";

    LegacyRow {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }

    /** The value of a column, stripped; empty for OFAC's null. */
    String get(int column) {
        String v = values.get(column).strip();
        return NULL.equals(v) ? "" : v;
    }

    /**
     * The value as written, spaces kept, or empty for OFAC's null: remarks cut at the field limit may end in the
     * space that separates them from their continuation.
     */
    String raw(int column) {
        String v = values.get(column);
        return NULL.equals(v.strip()) ? "" : v;
    }

    /** The entry number that ties the files of a release together. */
    String entNum() {
        return get(0);
    }

    /** A problem with one column of this row. */
    ImportProblem problem(int column, String message) {
        return new ImportProblem(file, line, columns.get(column), message);
    }
}
