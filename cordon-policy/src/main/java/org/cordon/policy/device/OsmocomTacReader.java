package org.cordon.policy.device;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the Osmocom TAC database CSV export (tacdb.osmocom.org): an optional first line with the copyright and
 * licence, then the header {@code tac,name,name,contributor,comment,gsmarena,gsmarena,aka}, where the first
 * {@code name} is the brand and the second the model, and {@code aka} lists other model names separated by
 * commas.
 *
 * <p>Fields are trimmed: real exports write some brands and TACs with a leading space. A row whose TAC is not 8
 * digits, that has no brand, or whose number of fields is wrong is a bad row; in {@link TacReadMode#LENIENT}
 * mode (the default) it is passed over and reported in {@link TacFile#problems()} with file, line and field, and
 * the load succeeds; in {@link TacReadMode#STRICT} mode the load fails with every bad row. A TAC that comes twice
 * keeps its later row, reported the same way. A file that is not this format (no such header on line 1 or 2),
 * not UTF-8, or not CSV fails in either mode.
 *
 * <p>The data is CC-BY-SA 3.0: use it at run time from where the operator keeps it; do not copy rows into the
 * project.
 */
public final class OsmocomTacReader {

    static final List<String> HEADER = List.of("tac", "name", "name", "contributor", "comment", "gsmarena",
            "gsmarena", "aka");
    private static final int TAC = 0;
    private static final int BRAND = 1;
    private static final int MODEL = 2;
    private static final int AKA = 7;

    private final TacReadMode mode;

    public OsmocomTacReader(TacReadMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
    }

    /** Bad rows are passed over and reported. */
    public static OsmocomTacReader lenient() {
        return new OsmocomTacReader(TacReadMode.LENIENT);
    }

    /** Any bad row fails the load. */
    public static OsmocomTacReader strict() {
        return new OsmocomTacReader(TacReadMode.STRICT);
    }

    public TacFile read(Path path) throws TacFileException {
        String file = path.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, file);
        } catch (IOException e) {
            throw new TacFileException(new TacProblem(file, 0, "", TacRows.unreadable(e)), e);
        }
    }

    /**
     * Reads from a reader the caller closes.
     *
     * @param file the file's name, for problems and for each model's source
     */
    public TacFile read(Reader reader, String file) throws TacFileException {
        try (TacRows rows = TacRows.open(reader, file, CSVFormat.DEFAULT)) {
            String attribution = readHeader(rows);
            for (Optional<TacRows.Row> next = rows.next(); next.isPresent(); next = rows.next()) {
                TacRows.Row row = next.get();
                toModel(row, rows).ifPresent(m -> rows.keep(row.line(), m));
            }
            return rows.finish(mode, attribution);
        } catch (IOException e) {
            throw new TacFileException(new TacProblem(file, 0, "", TacRows.unreadable(e)), e);
        }
    }

    /** Reads the copyright line, if any, and the header; returns the copyright line. */
    private static String readHeader(TacRows rows) throws TacFileException {
        String attribution = "";
        for (int line = 1; line <= 2; line++) {
            Optional<TacRows.Row> row = rows.next();
            if (row.isEmpty()) {
                break;
            }
            List<String> fields = row.get().fields().stream().map(f -> f.replace("\uFEFF", "").strip()).toList();
            if (fields.equals(HEADER)) {
                return attribution;
            }
            attribution = String.join(",", fields);
        }
        throw new TacFileException(List.of(new TacProblem(rows.file(), 0, "", "not an Osmocom tacdb file: neither line 1"
                + " nor line 2 is the header " + String.join(",", HEADER))));
    }

    private static Optional<DeviceModel> toModel(TacRows.Row row, TacRows rows) {
        if (row.fields().size() != HEADER.size()) {
            String field = row.fields().size() < HEADER.size() ? HEADER.get(row.fields().size()) : "";
            rows.problem(row.line(), field, "expected " + HEADER.size() + " fields, found " + row.fields().size());
            return Optional.empty();
        }
        String tac = row.get(TAC).strip();
        String why = Tacs.whyNot(tac);
        if (!why.isEmpty()) {
            rows.problem(row.line(), "tac", why);
            return Optional.empty();
        }
        String brand = row.get(BRAND).strip();
        if (brand.isEmpty()) {
            rows.problem(row.line(), "name (brand)", "the brand is empty");
            return Optional.empty();
        }
        List<String> aka = Arrays.stream(row.get(AKA).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new DeviceModel(tac, brand, row.get(MODEL), rows.file() + ":" + row.line(), aka));
    }
}
