package org.cordon.server.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Cordon writes (the server's and the web interface's batch results, {@code cordon screen --output},
 * {@code cordon compare --output}) is written through this class, so that none can carry a spreadsheet formula.
 *
 * <p>OWASP's rule against CSV injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is written with a single quote in front ({@code =HYPERLINK(...)} becomes
 * {@code '=HYPERLINK(...)}), so that a spreadsheet shows it as text instead of evaluating it. Text is whatever came
 * from a user or a list (ids, names, explanations) and is given as a {@link CharSequence}. Numbers and booleans
 * (rank, score, match) are given as {@link Number} and {@link Boolean} and written as they are: a negative number
 * in a numeric column stays a number. Quoting follows RFC 4180.
 */
public final class SafeCsv implements AutoCloseable {

    private final CSVPrinter csv;

    public SafeCsv(Appendable out, List<String> header) throws IOException {
        this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** A text cell as it is safe to write: with a leading single quote when a spreadsheet would read a formula. */
    public static String text(CharSequence value) {
        String s = value.toString();
        if (s.isEmpty()) {
            return s;
        }
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
            default -> s;
        };
    }

    /** One row: text cells neutralised, numbers and booleans as they are, null as an empty cell. */
    public void row(Object... cells) throws IOException {
        row(java.util.Arrays.asList(cells));
    }

    public void row(List<?> cells) throws IOException {
        List<Object> out = new ArrayList<>(cells.size());
        for (Object c : cells) {
            if (c == null) {
                out.add("");
            } else if (c instanceof Number || c instanceof Boolean) {
                out.add(c.toString());
            } else if (c instanceof CharSequence s) {
                out.add(text(s));
            } else {
                throw new IllegalArgumentException("a CSV cell is text, a number or a boolean: " + c.getClass().getName());
            }
        }
        csv.printRecord(out);
    }

    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
