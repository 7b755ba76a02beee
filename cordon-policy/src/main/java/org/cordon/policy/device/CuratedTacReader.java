package org.cordon.policy.device;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the project's own TAC rows: a CSV file with the header {@code tac,brand,model,source} (columns in that
 * order), one row per TAC, where {@code source} cites where the fact comes from (a certificate, a maker's
 * document, a regulator's list) and is required, because a curated row overrides public data. {@code model}
 * may be empty. Lines starting with {@code #} are comments. Fields are trimmed.
 *
 * <p>Bad rows (TAC not 8 digits, no brand, no source, wrong number of fields) are handled as by
 * {@link OsmocomTacReader}: reported and passed over when lenient, failing the load when strict. The bundled
 * file {@code curated-tacs.csv} ({@link #readBundled()}) is always read strictly.
 */
public final class CuratedTacReader {

    static final List<String> HEADER = List.of("tac", "brand", "model", "source");
    static final String BUNDLED = "curated-tacs.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();

    private final TacReadMode mode;

    public CuratedTacReader(TacReadMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        this.mode = mode;
    }

    public static CuratedTacReader lenient() {
        return new CuratedTacReader(TacReadMode.LENIENT);
    }

    public static CuratedTacReader strict() {
        return new CuratedTacReader(TacReadMode.STRICT);
    }

    /** The rows shipped with Cordon ({@code org/cordon/policy/device/curated-tacs.csv}), read strictly. */
    public static TacFile readBundled() throws TacFileException {
        InputStream in = CuratedTacReader.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new TacFileException(List.of(new TacProblem(BUNDLED, 0, "", "the bundled file is missing from the class path")));
        }
        try (Reader reader = TacRows.utf8(in)) {
            return strict().read(reader, BUNDLED);
        } catch (IOException e) {
            throw new TacFileException(new TacProblem(BUNDLED, 0, "", TacRows.unreadable(e)), e);
        }
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
     * @param file the file's name, for problems
     */
    public TacFile read(Reader reader, String file) throws TacFileException {
        try (TacRows rows = TacRows.open(reader, file, FORMAT)) {
            Optional<TacRows.Row> header = rows.next();
            List<String> names = header.map(h -> h.fields().stream().map(f -> f.replace("\uFEFF", "").strip()).toList())
                    .orElse(List.of());
            if (!names.equals(HEADER)) {
                throw new TacFileException(List.of(new TacProblem(file, header.map(TacRows.Row::line).orElse(0L), "",
                        "not a curated TAC file: the header must be " + String.join(",", HEADER)
                        + (header.isEmpty() ? ", and the file has none" : ", not " + String.join(",", names)))));
            }
            for (Optional<TacRows.Row> next = rows.next(); next.isPresent(); next = rows.next()) {
                TacRows.Row row = next.get();
                toModel(row, rows).ifPresent(m -> rows.keep(row.line(), m));
            }
            return rows.finish(mode, "");
        } catch (IOException e) {
            throw new TacFileException(new TacProblem(file, 0, "", TacRows.unreadable(e)), e);
        }
    }

    private static Optional<DeviceModel> toModel(TacRows.Row row, TacRows rows) {
        if (row.fields().size() != HEADER.size()) {
            String field = row.fields().size() < HEADER.size() ? HEADER.get(row.fields().size()) : "";
            rows.problem(row.line(), field, "expected " + HEADER.size() + " fields, found " + row.fields().size());
            return Optional.empty();
        }
        String tac = row.get(0).strip();
        String why = Tacs.whyNot(tac);
        if (!why.isEmpty()) {
            rows.problem(row.line(), "tac", why);
            return Optional.empty();
        }
        if (row.get(1).isBlank()) {
            rows.problem(row.line(), "brand", "the brand is empty");
            return Optional.empty();
        }
        if (row.get(3).isBlank()) {
            rows.problem(row.line(), "source", "the source is empty: a curated row must say where its fact comes from");
            return Optional.empty();
        }
        return Optional.of(new DeviceModel(tac, row.get(1), row.get(2), row.get(3)));
    }
}
