package org.cordon.ingest.un;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ImportResults;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.SafeXml;
import org.cordon.model.Party;

/**
 * Reads the UN Security Council Consolidated List XML, streaming, one party per {@code INDIVIDUAL} and
 * {@code ENTITY}. The party's source id is the UN reference number ({@code QDi.290}). The list's
 * {@code dateGenerated} is its publication date.
 *
 * <p>XML that is not well-formed (a file cut off in the middle, say) fails the whole import in either mode: the
 * reader cannot find the entries after the fault, and a shorter list must never pass for the list. A DOCTYPE is
 * refused outright (see {@link SafeXml}).
 */
public final class UnConsolidatedImporter implements ListImporter {

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final Set<String> ENTRIES = Set.of("INDIVIDUAL", "ENTITY");

    @Override
    public ListFormat format() {
        return ListFormat.UN;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        String listId = options.listIdOr(format().defaultListId());
        ProblemLog problems = new ProblemLog(options.mode());
        UnEntryMapper mapper = new UnEntryMapper(listId);
        List<Party> parties = new ArrayList<>();
        Optional<LocalDate> publishedOn;
        boolean rootRead = false;
        try (InputStream in = Files.newInputStream(path)) {
            if (Files.size(path) == 0) {
                throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
            }
            XMLStreamReader r = SafeXml.reader(in);
            try {
                publishedOn = readRoot(r, file);
                rootRead = true;
                readEntries(r, entry -> {
                    try {
                        parties.add(mapper.toParty(entry));
                    } catch (MalformedField f) {
                        problems.skip(f.toProblem(file, entry.line()));
                    } catch (IllegalArgumentException invalid) {
                        problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, entry.line()));
                    }
                });
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            long line = line(e.getLocation());
            String what = !rootRead ? "not a UN consolidated list XML file: "
                    : line >= lastLine(path) ? "the file ends before the list does (truncated file?): " : "bad XML: ";
            throw new ImportException(new ImportProblem(file, line, "", what + message(e)), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
        return ImportResults.complete(file, listId, parties, publishedOn, List.of(path), problems);
    }

    /**
     * Reads past the root's end tag, handing each entry (CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL, likewise
     * for ENTITY) over whole, and skipping any other element.
     */
    private static void readEntries(XMLStreamReader r, Consumer<XmlElement> onEntry) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && depth == 2 && ENTRIES.contains(r.getLocalName())) {
                onEntry.accept(XmlElement.read(r));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends before </" + ROOT + ">", r.getLocation());
            }
        }
        while (r.hasNext()) {
            r.next(); // what follows the root may only be comments; the parser checks that
        }
    }

    /** Moves to the root element and checks it; returns the date the list was generated. */
    private static Optional<LocalDate> readRoot(XMLStreamReader r, String file) throws XMLStreamException,
            ImportException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals(ROOT)) {
                    throw new ImportException(new ImportProblem(file, line(r.getLocation()), "", "not a UN consolidated"
                            + " list: the root element is <" + r.getLocalName() + ">, expected <" + ROOT + ">"));
                }
                String generated = r.getAttributeValue(null, "dateGenerated");
                try {
                    // "2026-02-27T00:00:09.554Z": the day is what the list's date means
                    return generated == null || generated.length() < 10 ? Optional.empty()
                            : Optional.of(LocalDate.parse(generated.substring(0, 10)));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        throw new ImportException(ImportProblem.ofFile(file, "the file has no XML element"));
    }

    /** The number of the file's last line, to tell a file cut short from one broken in the middle. */
    private static long lastLine(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            long newlines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    newlines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return newlines + 1;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long line(Location where) {
        return where == null ? 0 : Math.max(0, where.getLineNumber());
    }

    /** The parser's message without the location prefix the JDK puts on it (the problem has the line). */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }
}
