package org.cordon.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.model.PartyType;

/**
 * A CSV file of names to screen or compare, read whole and checked: UTF-8 only, the required columns present,
 * every row with a value for each. A bad file is an {@link InputError} naming the file, line and field; nothing is
 * silently dropped.
 */
final class QueryFile {

    private QueryFile() {}

    /** What is wrong with an input file, in words that name file, line and field. */
    static final class InputError extends Exception {
        private static final long serialVersionUID = 1L;

        InputError(String message) {
            super(message);
        }
    }

    /** One data row: its 1-based line and its values by column. */
    record Row(long line, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    static List<Row> read(Path file, List<String> required, List<String> optional) throws InputError {
        String name = file.getFileName().toString();
        List<Row> rows = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new InputError(name + ":1: missing column '" + column + "'; the header must name "
                            + required + (optional.isEmpty() ? "" : " and may name " + optional) + ", found " + header);
                }
            }
            Set<String> known = new java.util.HashSet<>(required);
            known.addAll(optional);
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // a blank line is no row
                }
                if (!record.isConsistent()) {
                    throw new InputError(name + ":" + line + ": the row has " + record.size() + " fields, the header "
                            + header.size());
                }
                Map<String, String> values = new TreeMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (known.contains(header.get(i))) {
                        values.put(header.get(i), record.get(i));
                    }
                }
                rows.add(new Row(line, values));
            }
        } catch (CharacterCodingException e) {
            throw new InputError(name + ": not UTF-8 text (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InputError(name + ": not UTF-8 text near line " + lineOf(e));
            }
            throw new InputError(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InputError(name + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputError(name + ": " + e.getMessage());
        }
        return rows;
    }

    /** The party type in a row's {@code type} column: empty means unknown. */
    static PartyType type(Row row, String file) throws InputError {
        String t = row.get("type").strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "" -> PartyType.UNKNOWN;
            case "person", "individual" -> PartyType.PERSON;
            case "organization", "organisation", "entity" -> PartyType.ORGANIZATION;
            case "vessel" -> PartyType.VESSEL;
            case "aircraft" -> PartyType.AIRCRAFT;
            default -> throw new InputError(file + ":" + row.line() + ": field 'type': '" + row.get("type")
                    + "' is not one of " + Arrays.asList("person", "organization", "vessel", "aircraft"));
        };
    }

    private static String lineOf(Exception e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("line");
        return at >= 0 ? m.substring(at) : m;
    }
}
