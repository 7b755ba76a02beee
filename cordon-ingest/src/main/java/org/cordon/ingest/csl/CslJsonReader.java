package org.cordon.ingest.csl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ProblemLog;

/**
 * Reads the CSL JSON ({@code {"results": [...], "total": N}}) one result at a time, so a large download is never
 * held whole. When the file states a {@code total}, the number of results must match it: fewer means the
 * download was cut short.
 */
final class CslJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJsonReader() {}

    static void read(Path path, ProblemLog problems, Consumer<CslEntry> entries) throws ImportException {
        String file = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path); JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(problem(file, p.currentTokenLocation(), "not a Consolidated Screening List"
                        + " JSON file: expected an object with \"results\""));
            }
            long total = -1;
            int count = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("results") && p.currentToken() == JsonToken.START_ARRAY) {
                    count = readResults(p, file, problems, entries);
                } else if (field.equals("total") && p.currentToken().isNumeric()) {
                    total = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (count < 0) {
                throw new ImportException(ImportProblem.ofFile(file, "not a Consolidated Screening List JSON file:"
                        + " no \"results\" array"));
            }
            if (total >= 0 && total != count) {
                throw new ImportException(ImportProblem.ofFile(file, "the file states a total of " + total
                        + " entries but has " + count + " (truncated download?)"));
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(problem(file, e.getLocation(), "not valid JSON: " + e.getOriginalMessage()
                    + " (truncated file?)"), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
    }

    private static int readResults(JsonParser p, String file, ProblemLog problems, Consumer<CslEntry> entries)
            throws IOException {
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
            if (t == null) {
                throw new JsonEOFException(p, null, "the results array is not closed");
            }
            long line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                problems.skip(new ImportProblem(file, line, "results[" + index + "]", "an entry is not an object"));
                p.skipChildren();
                continue;
            }
            JsonNode result = p.readValueAsTree();
            entries.accept(new CslJsonEntry(result, index, line));
        }
        return index;
    }

    private static ImportProblem problem(String file, JsonLocation where, String message) {
        return new ImportProblem(file, where == null ? 0 : Math.max(0, where.getLineNr()), "", message);
    }
}
