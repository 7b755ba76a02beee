package org.cordon.match.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table bundled as a tab-separated resource beside these classes: one row a line, {@code #} starts a comment
 * line, blank lines are skipped. A broken table is a build error, so reading one throws with the file and line.
 */
final class TableFile {

    /** One row: its columns, trimmed, and the line it came from for error messages. */
    record Row(String file, int line, List<String> columns) {

        String column(int index) {
            return index < columns.size() ? columns.get(index) : "";
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + line + ": " + problem + " in " + columns);
        }
    }

    private TableFile() {}

    static List<Row> read(String name) {
        InputStream in = TableFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("table " + name + " is missing from the classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, number, Arrays.stream(line.split("\t")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + name, e);
        }
        return rows;
    }
}
