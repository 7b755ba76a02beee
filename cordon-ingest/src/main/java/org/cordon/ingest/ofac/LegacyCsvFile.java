package org.cordon.ingest.ofac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ProblemLog;

/**
 * Reads one file in OFAC's legacy CSV layout (no header, {@code -0-} for null, CRLF, quoted fields, a 0x1A at the
 * end) row by row, without loading it whole. Rows with the wrong number of columns or a non-numeric ent_num go to
 * the problem log; text that cannot be read as CSV at all fails the import.
 */
final class LegacyCsvFile {

    private static final Pattern ENT_NUM = Pattern.compile("\\d{1,10}");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            // Blank lines are skipped here rather than by the parser, so that line numbers stay exact.
            .setIgnoreEmptyLines(false)
            .get();
    /** How far to look when locating the field a truncated file ends in. */
    private static final int MAX_SCAN_CHARS = 1 << 20;

    private final Path path;
    private final String name;
    private final List<String> columns;

    LegacyCsvFile(Path path, List<String> columns) {
        this.path = path;
        this.name = path.getFileName().toString();
        this.columns = List.copyOf(columns);
    }

    String name() {
        return name;
    }

    /**
     * Reads every row, handing the well-formed ones to {@code rows} and logging the malformed ones.
     *
     * @return how many rows the file has, well-formed or not
     * @throws ImportException when the file cannot be read, is not UTF-8 text, or is broken mid-file in a way that
     *                         leaves the rows after it in doubt (a stray quote)
     */
    int read(ProblemLog problems, Consumer<LegacyRow> rows) throws ImportException {
        int count = 0;
        long previousEnd = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (EndOfFileMarkerFilter in = new EndOfFileMarkerFilter(
                new BufferedReader(new InputStreamReader(Files.newInputStream(path), utf8)));
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = previousEnd + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    count++;
                    broken(e.getCause(), line, parser.getCurrentLineNumber(), problems);
                    break;
                }
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                count++;
                check(record, line, problems, rows);
            }
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(name, "cannot read: " + e.getMessage()), e);
        }
        return count;
    }

    private void check(CSVRecord record, long line, ProblemLog problems, Consumer<LegacyRow> rows) {
        List<String> values = record.toList();
        if (values.size() != columns.size()) {
            String field = columns.get(Math.min(values.size(), columns.size() - 1));
            problems.skip(new ImportProblem(name, line, field, "row has " + values.size() + " column"
                    + (values.size() == 1 ? "" : "s") + ", expected " + columns.size() + " (" + String.join(", ", columns)
                    + ")"));
            return;
        }
        LegacyRow row = new LegacyRow(name, line, columns, values);
        if (!ENT_NUM.matcher(row.entNum()).matches()) {
            problems.skip(row.problem(0, "not an entry number: '" + abbreviate(values.get(0)) + "'"));
            return;
        }
        rows.accept(row);
    }

    /**
     * A row the CSV parser gave up on. A quote still open at the end of the file is a truncated last row (skipped
     * in lenient mode); anything else breaks the rows after it, so the import stops.
     */
    private void broken(Throwable cause, long line, long errorLine, ProblemLog problems) throws ImportException {
        if (cause instanceof CharacterCodingException) {
            throw new ImportException(new ImportProblem(name, Math.max(line, errorLine), "",
                    "not UTF-8 text (" + cause.getMessage() + ")"), cause);
        }
        OptionalInt open = openQuoteField(line);
        if (open.isPresent()) {
            problems.skip(new ImportProblem(name, line, columns.get(Math.min(open.getAsInt(), columns.size() - 1)),
                    "unterminated quoted field: the file ends inside it (truncated file?)"));
            return;
        }
        throw new ImportException(new ImportProblem(name, Math.max(line, errorLine), "", "malformed CSV: "
                + (cause == null ? "unreadable row" : cause.getMessage())), cause);
    }

    /**
     * Scans the file as CSV from the start of a row: the index of the field whose quote is still open when the file
     * ends, or nothing when the text breaks the CSV rules earlier (a quote followed by a letter) or all quotes close.
     */
    private OptionalInt openQuoteField(long fromLine) throws ImportException {
        try (Reader in = new EndOfFileMarkerFilter(Files.newBufferedReader(path, StandardCharsets.UTF_8))) {
            long lineNo = 1;
            int c;
            while (lineNo < fromLine && (c = in.read()) >= 0) {
                if (c == '\n') {
                    lineNo++;
                }
            }
            Scan state = Scan.FIELD_START;
            int field = 0;
            for (int scanned = 0; (c = in.read()) >= 0 && scanned < MAX_SCAN_CHARS; scanned++) {
                if (state == Scan.QUOTED) {
                    state = c == '"' ? Scan.AFTER_QUOTE : Scan.QUOTED;
                } else if (state == Scan.AFTER_QUOTE && c == '"') {
                    state = Scan.QUOTED; // an escaped quote ("")
                } else if (c == ',') {
                    state = Scan.FIELD_START;
                    field++;
                } else if (c == '\r' || c == '\n') {
                    state = Scan.FIELD_START;
                    field = 0;
                } else if (state == Scan.AFTER_QUOTE) {
                    return OptionalInt.empty();
                } else if (state == Scan.FIELD_START) {
                    state = c == '"' ? Scan.QUOTED : Scan.UNQUOTED;
                }
            }
            return state == Scan.QUOTED && c < 0 ? OptionalInt.of(field) : OptionalInt.empty();
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(name, "cannot read: " + e.getMessage()), e);
        }
    }

    /** Where a CSV scan stands within a field. */
    private enum Scan { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private static String abbreviate(String value) {
        String v = value.replaceAll("\\p{Cntrl}", "?");
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
