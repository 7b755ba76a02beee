package org.cordon.ingest;

import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a list file with a header line (comma- or tab-separated, quoted) row by row, with what every such
 * importer needs: the header checked against the columns the format must have (so a file of another format
 * fails instead of yielding an empty list), a repeated header line skipped, the 1-based line where each row
 * starts, and rows with the wrong number of fields reported as malformed.
 *
 * <p>A quoted field still open at the end of the file means the last row was cut off: that row is reported as
 * malformed. Any other syntax error is fatal, because the reader cannot tell where the next row starts.
 */
public final class CsvRows implements Closeable {

    /** One data row: where it starts and its fields by column name. */
    public static final class Row {
        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;

        private Row(long line, CSVRecord record, Map<String, Integer> columns) {
            this.line = line;
            this.record = record;
            this.columns = columns;
        }

        /** 1-based line where the row starts (a quoted field may span lines). */
        public long line() {
            return line;
        }

        /** The field of the named column, as written (not stripped); empty when the file has no such column. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }
    }

    private final String file;
    private final EndAwareReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private boolean ended;

    private CsvRows(String file, EndAwareReader reader, CSVParser parser, List<String> header) {
        this.file = file;
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Opens the file and reads its header line.
     *
     * @param format          the CSV dialect (delimiter, quote); must not itself read a header
     * @param requiredColumns the columns the format always has
     * @param formatName      the format's name, for the error when the header does not fit
     * @throws ImportException when the file is empty, not UTF-8 text, or lacks a required column
     */
    public static CsvRows open(Path path, CSVFormat format, List<String> requiredColumns, String formatName)
            throws ImportException {
        String file = path.getFileName().toString();
        EndAwareReader reader = null;
        try {
            reader = new EndAwareReader(Files.newBufferedReader(path, StandardCharsets.UTF_8));
            CSVParser parser = format.parse(reader);
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
            }
            List<String> header = it.next().toList().stream().map(CsvRows::headerName).collect(Collectors.toList());
            List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                throw new ImportException(new ImportProblem(file, 1, "", "not a " + formatName + " file: its header lacks "
                        + missing.size() + " of the format's " + requiredColumns.size() + " columns " + abbreviate(missing)
                        + "; the first line has " + abbreviate(header)));
            }
            return new CsvRows(file, reader, parser, header);
        } catch (UncheckedIOException e) {
            closeQuietly(reader);
            // A header this dialect cannot even split (a tab-separated file read as CSV) means another format.
            throw new ImportException(new ImportProblem(file, 1, "", e.getCause() instanceof CharacterCodingException
                    ? "not UTF-8 text" : "not a " + formatName + " file: its header line does not parse: "
                    + e.getCause().getMessage()), e);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new ImportException(ImportProblem.ofFile(file, unreadable(e)), e);
        } catch (ImportException | RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /** The file's name, as problems name it. */
    public String file() {
        return file;
    }

    /**
     * The next well-formed data row, or empty at the end of the file. Malformed rows are reported to
     * {@code problems} and passed over.
     *
     * @throws ImportException on a syntax error the reader cannot recover from
     */
    public Optional<Row> next(ProblemLog problems) throws ImportException {
        while (!ended) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                ended = true;
                if (reader.reachedEnd() && !(e.getCause() instanceof CharacterCodingException)) {
                    problems.skip(new ImportProblem(file, line, "", "the file ends inside a quoted field:"
                            + " the last entry is cut off (truncated file?)"));
                    break;
                }
                throw new ImportException(new ImportProblem(file, line, "", unreadable(e)), e);
            }
            if (isRepeatedHeader(record)) {
                continue;
            }
            if (record.size() != header.size()) {
                String field = record.size() < header.size() ? header.get(record.size()) : "";
                problems.skip(new ImportProblem(file, line, field, "expected " + header.size() + " fields, found "
                        + record.size()));
                continue;
            }
            return Optional.of(new Row(line, record, columns));
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private boolean isRepeatedHeader(CSVRecord record) {
        if (record.size() != header.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!headerName(record.get(i)).equals(header.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String headerName(String raw) {
        return raw.replace("\uFEFF", "").strip();
    }

    private static String abbreviate(List<String> names) {
        String shown = names.stream().limit(8).map(n -> n.length() > 40 ? n.substring(0, 40) + "..." : n)
                .collect(Collectors.joining(", ", "[", names.size() > 8 ? ", ...]" : "]"));
        return shown;
    }

    private static String unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return "cannot read the file: " + cause.getMessage();
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the import already failed; the first error is the one to report
            }
        }
    }

    /** Remembers whether the underlying text was read to its end, to tell a cut-off last row from bad syntax. */
    private static final class EndAwareReader extends FilterReader {
        private boolean reachedEnd;

        EndAwareReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            reachedEnd |= c < 0;
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            reachedEnd |= n < 0;
            return n;
        }

        boolean reachedEnd() {
            return reachedEnd;
        }
    }
}
