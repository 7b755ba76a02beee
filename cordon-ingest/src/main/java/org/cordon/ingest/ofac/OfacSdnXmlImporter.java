package org.cordon.ingest.ofac;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cordon.ingest.BoundedZip;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportMode;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.SafeXml;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * Reads OFAC's SDN list in its XML form ({@code sdnList.xsd}), plain or as a zip holding {@code sdn.xml}. The XML is
 * streamed (StAX, hardened by {@link SafeXml}); a zip entry is bounded by the options' uncompressed limit. A
 * document that breaks off is an XML error naming file and line, never a shorter list. The header's record count
 * is not checked against the entries: published extracts keep the full list's count.
 */
public final class OfacSdnXmlImporter implements ListImporter {

    static final String NAMESPACE = "http://tempuri.org/sdnList.xsd";
    private static final System.Logger LOG = System.getLogger(OfacSdnXmlImporter.class.getName());
    private static final DateTimeFormatter PUBLISH_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final Pattern UID = Pattern.compile("\\d{1,10}");

    @Override
    public ListFormat format() {
        return ListFormat.OFAC_SDN_XML;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = String.valueOf(path.getFileName());
        if (!Files.isRegularFile(path)) {
            throw new ImportException(ImportProblem.ofFile(file, (Files.exists(path) ? "is not a file" : "does not exist")
                    + "; an " + format().cliName() + " import needs sdn.xml or a zip holding it"));
        }
        try (InputStream in = open(path, options)) {
            Document document = new Document(file, options);
            document.read(in);
            return document.result(path);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read: " + e.getMessage()), e);
        }
    }

    private static InputStream open(Path path, ImportOptions options) throws IOException, ImportException {
        if (BoundedZip.isZip(path)) {
            return BoundedZip.openEntry(path, ".xml", options.maxUncompressedBytes());
        }
        return new BufferedInputStream(Files.newInputStream(path));
    }

    /** The state of reading one document. */
    private final class Document {
        private final String file;
        private final ImportMode mode;
        private final String listId;
        private final ProblemLog problems;
        private final List<Party> parties = new ArrayList<>();
        private final Map<String, Long> entryLines = new HashMap<>();
        private Optional<LocalDate> publishedOn = Optional.empty();
        private String recordCount = "";
        private int entries;

        Document(String file, ImportOptions options) {
            this.file = file;
            this.mode = options.mode();
            this.listId = options.listIdOr(format().defaultListId());
            this.problems = new ProblemLog(options.mode());
        }

        void read(InputStream in) throws ImportException {
            XMLStreamReader r = null;
            try {
                r = SafeXml.reader(in);
                if (!XmlElements.nextChild(r) || !"sdnList".equals(r.getLocalName())
                        || !NAMESPACE.equals(r.getNamespaceURI())) {
                    throw new ImportException(new ImportProblem(file, line(r.getLocation()), "",
                            "not an OFAC SDN XML document: the root element is not sdnList in namespace " + NAMESPACE));
                }
                while (XmlElements.nextChild(r)) {
                    switch (r.getLocalName()) {
                        case "publshInformation" -> publication(r);
                        case "sdnEntry" -> entry(readEntry(r));
                        default -> XmlElements.skip(r);
                    }
                }
            } catch (XMLStreamException e) {
                throw xmlError(e, r);
            } finally {
                close(r);
            }
        }

        private void publication(XMLStreamReader r) throws XMLStreamException {
            long line = line(r.getLocation());
            Map<String, String> info = XmlElements.childTexts(r);
            recordCount = info.getOrDefault("Record_Count", "");
            String date = info.getOrDefault("Publish_Date", "");
            if (date.isEmpty()) {
                return;
            }
            try {
                publishedOn = Optional.of(LocalDate.parse(date, PUBLISH_DATE));
            } catch (DateTimeParseException e) {
                problems.skip(new ImportProblem(file, line, "Publish_Date", "not a date in MM/dd/yyyy form: '" + date
                        + "'"));
            }
        }

        private SdnXmlEntry readEntry(XMLStreamReader r) throws XMLStreamException {
            SdnXmlEntry e = new SdnXmlEntry(line(r.getLocation()));
            while (XmlElements.nextChild(r)) {
                String name = r.getLocalName();
                if (name.equals("programList")) {
                    while (XmlElements.nextChild(r)) {
                        String program = XmlElements.text(r);
                        if (!program.isEmpty()) {
                            e.programs.add(program);
                        }
                    }
                } else if (name.endsWith("List")) {
                    List<Map<String, String>> items = e.lists.computeIfAbsent(name, k -> new ArrayList<>());
                    while (XmlElements.nextChild(r)) {
                        items.add(XmlElements.childTexts(r));
                    }
                } else if (name.equals("vesselInfo")) {
                    e.lists.computeIfAbsent(name, k -> new ArrayList<>()).add(XmlElements.childTexts(r));
                } else {
                    e.fields.putIfAbsent(name, XmlElements.text(r));
                }
            }
            return e;
        }

        private void entry(SdnXmlEntry e) {
            entries++;
            String uid = e.field("uid");
            Optional<PartyType> type = SdnXmlParties.type(e.field("sdnType"));
            if (!UID.matcher(uid).matches()) {
                problems.skip(new ImportProblem(file, e.line, "uid", "not an entry number: '" + uid + "'"));
            } else if (entryLines.containsKey(uid)) {
                problems.skip(new ImportProblem(file, e.line, "uid", "duplicate uid " + uid + ", first on line "
                        + entryLines.get(uid)));
            } else if (type.isEmpty()) {
                problems.skip(new ImportProblem(file, e.line, "sdnType", "unknown entry type '" + e.field("sdnType")
                        + "'; expected Individual, Entity, Vessel or Aircraft"));
            } else if (SdnXmlParties.name(e.fields).isEmpty()) {
                problems.skip(new ImportProblem(file, e.line, "lastName", "entry " + uid + " has no name"));
            } else {
                try {
                    parties.add(SdnXmlParties.party(e, listId, type.get()));
                    entryLines.put(uid, e.line);
                } catch (IllegalArgumentException rejected) {
                    problems.skip(new ImportProblem(file, e.line, "", "entry " + uid + " cannot be read: "
                            + rejected.getMessage()));
                }
            }
        }

        ImportResult result(Path path) throws ImportException {
            if (entries == 0) {
                throw new ImportException(ImportProblem.ofFile(file, "no sdnEntry elements: an empty list"));
            }
            int malformed = entries - parties.size();
            if (parties.isEmpty() || (mode == ImportMode.LENIENT && malformed * 2 > entries)) {
                List<ImportProblem> why = new ArrayList<>();
                why.add(ImportProblem.ofFile(file, malformed + " of " + entries + " entries are malformed"));
                why.addAll(problems.problems().stream().limit(5).toList());
                throw new ImportException(why);
            }
            if (!recordCount.equals(String.valueOf(entries))) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: Record_Count says {1}, the document holds {2} entries",
                        file, recordCount, entries);
            }
            List<ImportProblem> skipped = problems.finish();
            return new ImportResult(listId, SameListLinks.resolve(parties), publishedOn, List.of(path), skipped);
        }

        /** The parser's error, naming file and line; a zip entry past its bound says so. */
        private ImportException xmlError(XMLStreamException e, XMLStreamReader r) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BoundedZip.LimitExceeded) {
                    return new ImportException(ImportProblem.ofFile(file, t.getMessage()), e);
                }
                if (t instanceof XMLStreamException x && x.getNestedException() instanceof BoundedZip.LimitExceeded l) {
                    return new ImportException(ImportProblem.ofFile(file, l.getMessage()), e);
                }
            }
            Location where = e.getLocation() != null ? e.getLocation() : r == null ? null : r.getLocation();
            return new ImportException(new ImportProblem(file, line(where), "", "malformed XML: " + message(e)), e);
        }
    }

    private static long line(Location location) {
        return location == null ? 0 : Math.max(location.getLineNumber(), 0);
    }

    /** The parser's own words, without the "ParseError at [row,col]" preamble that the problem already carries. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // The stream itself is closed by the caller.
            }
        }
    }
}
