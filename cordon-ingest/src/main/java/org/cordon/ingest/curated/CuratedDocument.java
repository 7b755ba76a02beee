package org.cordon.ingest.curated;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportProblem;

/**
 * The top-level shape of a curated list file, read as a stream: a mapping with a {@code list} header and an
 * {@code entries} list, in either order. Only one entry is held as a tree at a time.
 *
 * <p>Anything else (an empty file, a bare list, a mapping with other keys, a second YAML document) is not a
 * curated list and fails the import: reading it as an empty list would silently screen against nothing.
 */
final class CuratedDocument {

    /** Receives each element of {@code entries}, with the line it starts on. */
    interface EntryVisitor {
        void visit(int index, long line, JsonNode entry);
    }

    private static final String SCHEMA_KEY = "$schema";

    private final Path path;
    private final String file;
    private final CuratedSyntax syntax;
    private final ObjectMapper mapper;

    CuratedDocument(Path path, CuratedSyntax syntax) {
        this.path = path;
        this.file = path.getFileName().toString();
        this.syntax = syntax;
        this.mapper = syntax.mapper();
    }

    /** First pass: checks the top-level shape and reads the header, skipping over the entries. */
    ListHeader readHeader() throws ImportException {
        try (JsonParser parser = open()) {
            JsonNode header = null;
            long headerLine = 0;
            boolean sawEntries = false;
            // A key given twice never gets here: the parser refuses duplicates (see CuratedSyntax).
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                long keyLine = line(parser);
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "list" -> {
                        headerLine = line(parser);
                        header = mapper.readTree(parser);
                    }
                    case "entries" -> {
                        requireEntriesList(value, keyLine);
                        if (skipEntries(parser) == 0) {
                            throw fatal(keyLine, key, "is empty; a curated list has at least one entry");
                        }
                        sawEntries = true;
                    }
                    case SCHEMA_KEY -> parser.skipChildren();
                    default -> throw fatal(keyLine, key, "not a Cordon curated list: unknown top-level key '" + key
                            + "'; a curated list has 'list' and 'entries'");
                }
            }
            requireEnd(parser);
            if (header == null || !sawEntries) {
                throw fatal(0, header == null ? "list" : "entries", "not a Cordon curated list: no '"
                        + (header == null ? "list" : "entries") + "' at the top level");
            }
            return ListHeader.read(header, headerLine, file);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /** Second pass, after {@link #readHeader()} has checked the shape: hands each entry to the visitor, in file order. */
    void readEntries(EntryVisitor visitor) throws ImportException {
        try (JsonParser parser = open()) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (!key.equals("entries")) {
                    parser.skipChildren();
                    continue;
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long line = line(parser);
                    visitor.visit(index++, line, mapper.readTree(parser));
                }
                return;
            }
            throw fatal(0, "entries", "not found");
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /** A parser on the first token inside the root mapping's braces, or a fatal problem when there is none. */
    private JsonParser open() throws IOException, ImportException {
        JsonParser parser = mapper.createParser(Files.newInputStream(path));
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            long line = line(parser);
            parser.close();
            throw first == null
                    ? fatal(0, "", "the file is empty; a curated list has a 'list' header and 'entries'")
                    : fatal(line, "", "not a Cordon curated list: the document is " + describe(first)
                            + ", not a mapping with 'list' and 'entries'");
        }
        return parser;
    }

    private void requireEntriesList(JsonToken value, long line) throws ImportException {
        if (value != JsonToken.START_ARRAY) {
            throw fatal(line, "entries", "must be a list of entries, not " + describe(value));
        }
    }

    private static int skipEntries(JsonParser parser) throws IOException {
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            count++;
        }
        return count;
    }

    private void requireEnd(JsonParser parser) throws IOException, ImportException {
        if (parser.nextToken() != null) {
            throw fatal(line(parser), "", "more than one document; a curated list is one mapping");
        }
    }

    private static long line(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return Math.max(0, location.getLineNr());
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_NULL -> "empty";
            default -> "a single value";
        };
    }

    private ImportException fatal(long line, String field, String message) {
        return new ImportException(new ImportProblem(file, line, field, message));
    }

    private ImportException syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        return new ImportException(new ImportProblem(file, line, "", "not valid " + syntax + ": "
                + headline(e.getOriginalMessage())), e);
    }

    /**
     * The parser's message without the source excerpt and caret lines SnakeYAML adds: the problem names the line,
     * and a multi-line message would break the one-problem-per-line report.
     */
    private static String headline(String message) {
        if (message == null) {
            return "";
        }
        return String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.strip().equals("^"))
                .toList());
    }
}
