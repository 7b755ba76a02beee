package org.cordon.ingest.csl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ImportResults;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.UniqueSourceIds;

/**
 * Reads the trade.gov Consolidated Screening List, CSV or JSON (told apart by the file's first non-blank
 * character), into one party per entry.
 *
 * <p>The party's source id is the entry's {@code _id}. The CSL repeats an OFAC entity under each OFAC sub-list it
 * is on with the same {@code _id} (e.g. both SSI and NS-MBS): such parties get the sub-list's short name appended
 * ({@code 17014-SSI}), so ids stay unique; the designation's source record keeps the bare {@code _id}.
 */
public final class CslImporter implements ListImporter {

    private static final Pattern SHORT_NAME = Pattern.compile("\\(([^)]+)\\)");
    private static final int[] UTF8_BOM = {0xEF, 0xBB, 0xBF};

    @Override
    public ListFormat format() {
        return ListFormat.CSL;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        String listId = options.listIdOr(format().defaultListId());
        ProblemLog problems = new ProblemLog(options.mode());
        UniqueSourceIds parties = new UniqueSourceIds();
        CslPartyMapper mapper = new CslPartyMapper(listId);
        Consumer<CslEntry> onEntry = entry -> {
            try {
                parties.add(mapper.toParty(entry), shortName(entry.text("source")));
            } catch (MalformedField f) {
                problems.skip(f.toProblem(file, entry.line()));
            } catch (IllegalArgumentException invalid) {
                problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, entry.line()));
            }
        };
        if (isJson(path)) {
            CslJsonReader.read(path, problems, onEntry);
        } else {
            CslCsvReader.read(path, problems, onEntry);
        }
        return ImportResults.complete(file, listId, parties.parties(), Optional.empty(), List.of(path), problems);
    }

    /** "Sectoral Sanctions Identifications List (SSI) - Treasury Department" -> "SSI". */
    static String shortName(String source) {
        Matcher m = SHORT_NAME.matcher(source);
        return m.find() ? m.group(1).strip().replaceAll("\\s+", "-") : "";
    }

    /** True when the first character other than white space (and a byte order mark) opens a JSON value. */
    private static boolean isJson(Path path) throws ImportException {
        String file = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            int b;
            int offset = 0;
            while ((b = in.read()) >= 0) {
                boolean bom = offset < UTF8_BOM.length && b == UTF8_BOM[offset];
                offset++;
                if (!bom && !Character.isWhitespace(b)) {
                    return b == '{' || b == '[';
                }
            }
            throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
    }
}
