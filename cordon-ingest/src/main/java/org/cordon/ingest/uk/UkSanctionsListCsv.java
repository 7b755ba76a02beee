package org.cordon.ingest.uk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.XmlNode;

/**
 * The UK Sanctions List in its CSV form: a "Report Date: ..." line, a header line, then one row per name of a
 * designation (the designation's other columns repeated on each). The rows of one {@code Unique ID} are gathered into
 * the same {@code Designation} element the XML form has, so both forms map through one mapper.
 *
 * <p>Columns are found by name, ignoring case, spaces and punctuation ({@code "Nationality(/ies)"} is
 * {@code nationalityies}). A row with fewer fields than the header is malformed; the last row being short, or a
 * quoted field left open at the end, means the file was cut off, which refuses the import in either mode.
 */
final class UkSanctionsListCsv {

    static final List<String> REQUIRED = List.of("uniqueid", "name6", "nametype", "regimename", "individualentityship");
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH);

    /** The {@code Designation} fields: element name, then the column (normalised) it is read from. */
    private static final String[][] SINGLE = {
        {"UniqueID", "uniqueid"}, {"LastUpdated", "lastupdated"}, {"OFSIGroupID", "ofsigroupid"},
        {"UNReferenceNumber", "unreferencenumber"}, {"RegimeName", "regimename"},
        {"IndividualEntityShip", "individualentityship"}, {"DesignationSource", "designationsource"},
        {"SanctionsImposed", "sanctionsimposed"}, {"OtherInformation", "otherinformation"},
        {"UKStatementofReasons", "ukstatementofreasons"}, {"DateDesignated", "datedesignated"}};

    /** The column each field of the XML form is read from, to name columns in problems. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "Designation/UniqueID", "Unique ID", "Designation/IndividualEntityShip", "Individual, Entity, Ship",
            "Designation/DateDesignated", "Date Designated", "Individual/DOBs/DOB", "D.O.B", "Names/Name", "Name 6");

    private UkSanctionsListCsv() {}

    /** True when the file's first non-blank character does not open XML. */
    static boolean isCsv(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b >= 0 && b != '<';
        }
    }

    /**
     * Reads the file, handing each designation over as a {@code Designation} element whose children carry the line of
     * the row they come from; returns the report date where the file states one.
     */
    static Optional<LocalDate> read(Path path, ProblemLog problems, Consumer<XmlNode> designations)
            throws ImportException {
        String file = path.getFileName().toString();
        checkEnd(path, file);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            reader.mark(1 << 16);
            String first = reader.readLine();
            if (first == null || first.isBlank()) {
                throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
            }
            first = first.replace("\uFEFF", "").strip();
            Optional<LocalDate> reportDate = Optional.empty();
            long offset = 0;
            if (first.toLowerCase(Locale.ROOT).startsWith("report date")) {
                reportDate = reportDate(first.substring(first.indexOf(':') + 1).strip());
                offset = 1;
            } else {
                reader.reset();
            }
            CSVParser parser = CSVFormat.DEFAULT.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(ImportProblem.ofFile(file, "the file has no header line"));
            }
            List<String> header = records.next().toList().stream().map(UkSanctionsListCsv::key).toList();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportException(new ImportProblem(file, 1 + offset, "", "not a UK Sanctions List CSV file:"
                        + " its header lacks " + missing));
            }
            Map<String, List<Row>> byId = new LinkedHashMap<>();
            // hasNext() parses the next record ahead: the line count is taken before it does
            long before = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = before + 1 + offset;
                before = parser.getCurrentLineNumber();
                boolean last = !records.hasNext();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    if (last && record.size() < header.size()) {
                        throw new ImportException(new ImportProblem(file, line, "", "the last row has " + record.size()
                                + " of the header's " + header.size() + " fields: the file is cut off (truncated file?)"));
                    }
                    problems.skip(new ImportProblem(file, line, "", "expected " + header.size() + " fields, found "
                            + record.size()));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.putIfAbsent(header.get(i), record.get(i).strip());
                }
                String id = fields.get("uniqueid");
                if (id.isEmpty()) {
                    problems.skip(new ImportProblem(file, line, "Unique ID", "the row has no Unique ID"));
                    continue;
                }
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Row(line, fields));
            }
            byId.values().forEach(rows -> designations.accept(designation(rows)));
            return reportDate;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportException(ImportProblem.ofFile(file, "not UTF-8 text"), e);
            }
            throw new ImportException(ImportProblem.ofFile(file, "the file ends inside a quoted field or does not"
                    + " parse as CSV (truncated file?): " + e.getCause().getMessage()), e);
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportProblem.ofFile(file, "not UTF-8 text"), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        } catch (IllegalStateException e) {
            throw new ImportException(ImportProblem.ofFile(file, "does not parse as CSV (truncated file?): "
                    + e.getMessage()), e);
        }
    }

    /**
     * The FCDO quotes every field: a complete file ends with a line end or with the closing quote of its last field.
     * Anything else is a file cut inside its last field, which the CSV parser would read as a shorter value.
     */
    private static void checkEnd(Path path, String file) throws ImportException {
        try (var f = new java.io.RandomAccessFile(path.toFile(), "r")) {
            long size = f.length();
            if (size == 0) {
                throw new ImportException(ImportProblem.ofFile(file, "the file is empty"));
            }
            f.seek(size - 1);
            int last = f.read();
            if (last != '\n' && last != '"') {
                throw new ImportException(ImportProblem.ofFile(file, "the file ends inside a field, without a closing"
                        + " quote or line end: the last row is cut off (truncated file?)"));
            }
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
    }

    private record Row(long line, Map<String, String> fields) {
        String get(String column) {
            return fields.getOrDefault(column, "");
        }
    }

    /** "21-Sep-2026" or "21/09/2026". */
    private static Optional<LocalDate> reportDate(String text) {
        try {
            return text.contains("/") ? UkSanctionsListImporter.date(text, "Report Date").flatMap(d -> d.toLocalDate())
                    : Optional.of(LocalDate.parse(text, REPORT_DATE));
        } catch (DateTimeParseException | org.cordon.ingest.MalformedField e) {
            return Optional.empty();
        }
    }

    /** Lower case, letters and digits only. */
    static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The rows of one Unique ID as the XML form's {@code Designation}. */
    private static XmlNode designation(List<Row> rows) {
        long line = rows.get(0).line();
        List<XmlNode> children = new ArrayList<>();
        for (String[] s : SINGLE) {
            rows.stream().map(r -> r.get(s[1])).filter(v -> !v.isEmpty()).findFirst()
                    .ifPresent(v -> children.add(leaf(s[0], v, line)));
        }
        List<XmlNode> names = new ArrayList<>();
        List<XmlNode> nonLatin = new ArrayList<>();
        for (Row r : rows) {
            List<XmlNode> parts = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                if (!r.get("name" + i).isEmpty()) {
                    parts.add(leaf("Name" + i, r.get("name" + i), r.line()));
                }
            }
            if (!parts.isEmpty()) {
                parts.add(leaf("NameType", r.get("nametype"), r.line()));
                parts.add(leaf("AliasStrength", r.get("aliasstrength"), r.line()));
                names.add(node("Name", parts, r.line()));
            }
            if (!r.get("namenonlatinscript").isEmpty()) {
                nonLatin.add(node("NonLatinName", List.of(leaf("NameNonLatinScript", r.get("namenonlatinscript"), r.line()),
                        leaf("NonLatinScriptLanguage", r.get("nonlatinscriptlanguage"), r.line())), r.line()));
            }
        }
        children.add(node("Names", names, line));
        children.add(node("NonLatinNames", nonLatin, line));
        Set<List<String>> seen = new LinkedHashSet<>();
        List<XmlNode> addresses = new ArrayList<>();
        String[] addressColumns = {"addressline1", "addressline2", "addressline3", "addressline4", "addressline5",
            "addressline6", "addresspostalcode", "addresscountry"};
        String[] addressElements = {"AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5",
            "AddressLine6", "AddressPostalCode", "AddressCountry"};
        for (Row r : rows) {
            List<String> values = java.util.Arrays.stream(addressColumns).map(r::get).toList();
            if (values.stream().anyMatch(v -> !v.isEmpty()) && seen.add(values)) {
                List<XmlNode> parts = new ArrayList<>();
                for (int i = 0; i < addressColumns.length; i++) {
                    parts.add(leaf(addressElements[i], values.get(i), r.line()));
                }
                addresses.add(node("Address", parts, r.line()));
            }
        }
        children.add(node("Addresses", addresses, line));
        children.add(list("PhoneNumbers", "PhoneNumber", rows, "phonenumber"));
        children.add(list("EmailAddresses", "EmailAddress", rows, "emailaddress"));
        children.add(list("Websites", "Website", rows, "website"));
        List<XmlNode> births = rows.stream().filter(r -> !r.get("townofbirth").isEmpty() || !r.get("countryofbirth").isEmpty())
                .map(r -> List.of(r.get("townofbirth"), r.get("countryofbirth"))).distinct()
                .map(v -> node("Location", List.of(leaf("TownOfBirth", v.get(0), line), leaf("CountryOfBirth", v.get(1),
                        line)), line)).collect(Collectors.toList());
        children.add(node("IndividualDetails", List.of(node("Individual", List.of(
                list("DOBs", "DOB", rows, "dob"),
                list("Nationalities", "Nationality", rows, "nationalityies"),
                wrapped("PassportDetails", "Passport", "PassportNumber", rows, "passportnumber"),
                wrapped("NationalIdentifierDetails", "NationalIdentifier", "NationalIdentifierNumber", rows,
                        "nationalidentifiernumber"),
                list("Positions", "Position", rows, "position"),
                node("BirthDetails", births, line),
                list("Genders", "Gender", rows, "gender"),
                rows.stream().map(r -> r.get("title")).filter(t -> !t.isEmpty()).findFirst()
                        .map(t -> leaf("Title", t, line)).orElse(leaf("Title", "", line))), line)), line));
        children.add(node("EntityDetails", List.of(node("Entity", List.of(
                list("BusinessRegistrationNumbers", "BusinessRegistrationNumber", rows, "businessregistrationnumbers"),
                list("ParentCompanies", "ParentCompany", rows, "parentcompany"),
                list("TypeOfEntities", "TypeOfEntity", rows, "typeofentity")), line)), line));
        children.add(node("ShipDetails", List.of(node("Ship", List.of(
                list("IMONumbers", "IMONumber", rows, "imonumber"),
                list("CurrentOwnerOperators", "CurrentOwnerOperator", rows, "currentowneroperators"),
                list("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip", rows, "currentbelievedflagofship"),
                list("TypeOfShipDetails", "TypeOfShip", rows, "typeofship")), line)), line));
        return node("Designation", children, line);
    }

    /** {@code <Outer><Inner>v</Inner>...</Outer>} with the distinct non-blank values of a column. */
    private static XmlNode list(String outer, String inner, List<Row> rows, String column) {
        List<XmlNode> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : rows) {
            String v = r.get(column);
            if (!v.isEmpty() && seen.add(v)) {
                items.add(leaf(inner, v, r.line()));
            }
        }
        return node(outer, items, rows.get(0).line());
    }

    /** {@code <Outer><Middle><Inner>v</Inner></Middle>...</Outer>}. */
    private static XmlNode wrapped(String outer, String middle, String inner, List<Row> rows, String column) {
        XmlNode flat = list(outer, inner, rows, column);
        return node(outer, flat.children().stream().map(c -> node(middle, List.of(c), c.line())).toList(), flat.line());
    }

    private static XmlNode leaf(String name, String text, long line) {
        return new XmlNode(name, Map.of(), text, List.of(), line);
    }

    private static XmlNode node(String name, List<XmlNode> children, long line) {
        return new XmlNode(name, Map.of(), "", List.copyOf(children), line);
    }
}
