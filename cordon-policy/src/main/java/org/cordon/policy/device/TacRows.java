package org.cordon.policy.device;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The parts the TAC readers share: CSV records with the line each starts on, the problems found so far, and the
 * models kept by TAC (a TAC repeated in one file keeps its later row, and the earlier one is reported).
 */
final class TacRows implements Closeable {

    /** One CSV record and the 1-based line it starts on. */
    record Row(long line, List<String> fields) {

        String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private static final int MAX_PROBLEMS_KEPT = 10_000;
    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<TacProblem> problems = new ArrayList<>();
    private final Map<String, DeviceModel> models = new LinkedHashMap<>();
    private final Map<String, Long> lineOfTac = new LinkedHashMap<>();
    private int problemCount;

    private TacRows(String file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
    }

    static TacRows open(Reader reader, String file, CSVFormat format) throws TacFileException {
        try {
            return new TacRows(file, CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException e) {
            throw new TacFileException(new TacProblem(file, 0, "", unreadable(e)), e);
        }
    }

    String file() {
        return file;
    }

    /** The next record, or empty at the end of the file. */
    Optional<Row> next() throws TacFileException {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            return Optional.of(new Row(line, records.next().toList()));
        } catch (UncheckedIOException e) {
            // Nothing after a syntax error can be trusted to start a row: stop with the line it happened on.
            throw new TacFileException(new TacProblem(file, line, "", unreadable(e)), e);
        }
    }

    void problem(long line, String field, String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(new TacProblem(file, line, field, message));
        }
    }

    /** Keeps the model; a TAC seen before on an earlier line is replaced, and that is reported. */
    void keep(long line, DeviceModel model) {
        Long earlier = lineOfTac.put(model.tac(), line);
        if (earlier != null) {
            DeviceModel replaced = models.get(model.tac());
            problem(line, "tac", "TAC " + model.tac() + " is also on line " + earlier + " (" + replaced.brand() + " "
                    + replaced.model() + "); this later row is used");
        }
        models.put(model.tac(), model);
    }

    /** The result; in strict mode a file with any problem fails instead, with all of them. */
    TacFile finish(TacReadMode mode, String attribution) throws TacFileException {
        if (problemCount > problems.size()) {
            problems.add(new TacProblem(file, 0, "", (problemCount - problems.size()) + " further problems not shown"));
        }
        if (mode == TacReadMode.STRICT && !problems.isEmpty()) {
            throw new TacFileException(problems);
        }
        return new TacFile(file, attribution, new ArrayList<>(models.values()), problems);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** For streams: decodes strictly, so that a file in another encoding fails instead of reading garbled. */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    static String unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return "cannot read the file: " + cause.getMessage();
    }
}
