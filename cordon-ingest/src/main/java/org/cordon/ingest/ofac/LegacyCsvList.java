package org.cordon.ingest.ofac;

import static org.cordon.ingest.ofac.LegacyCsvFiles.ADDRESS;
import static org.cordon.ingest.ofac.LegacyCsvFiles.ALT_NAME;
import static org.cordon.ingest.ofac.LegacyCsvFiles.ALT_TYPE;
import static org.cordon.ingest.ofac.LegacyCsvFiles.CALL_SIGN;
import static org.cordon.ingest.ofac.LegacyCsvFiles.CITY_STATE_POSTAL;
import static org.cordon.ingest.ofac.LegacyCsvFiles.COMMENT;
import static org.cordon.ingest.ofac.LegacyCsvFiles.COUNTRY;
import static org.cordon.ingest.ofac.LegacyCsvFiles.NAME;
import static org.cordon.ingest.ofac.LegacyCsvFiles.PROGRAM;
import static org.cordon.ingest.ofac.LegacyCsvFiles.REMARKS;
import static org.cordon.ingest.ofac.LegacyCsvFiles.TITLE;
import static org.cordon.ingest.ofac.LegacyCsvFiles.TYPE;
import static org.cordon.ingest.ofac.LegacyCsvFiles.VESSEL_FLAG;
import static org.cordon.ingest.ofac.LegacyCsvFiles.VESSEL_OWNER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportMode;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ProblemLog;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Reads one legacy CSV release (the SDN list or the consolidated non-SDN list) into parties. The alias, address and
 * remarks continuation files are small next to what they describe, so they are loaded first into maps by ent_num;
 * the primary file is then streamed and each row becomes one party. Alias and address rows whose ent_num has no
 * entry are left out: files of different releases join only in part, and that is no reason to refuse the import.
 */
final class LegacyCsvList {

    private static final System.Logger LOG = System.getLogger(LegacyCsvList.class.getName());
    /** OFAC cuts the remarks of the primary file at this length and puts the rest in the comments file. */
    static final int REMARKS_FIELD_LIMIT = 1000;
    private static final String PROGRAM_SEPARATOR = "] [";

    private final LegacyCsvFiles files;
    private final ListFormat format;

    LegacyCsvList(LegacyCsvFiles files, ListFormat format) {
        this.files = files;
        this.format = format;
    }

    /** What a read gave, with the count of alias, address and comment rows that joined no entry. */
    record Outcome(ImportResult result, int unjoinedRows) {}

    ImportResult read(Path path, ImportOptions options) throws ImportException {
        return readWithStatistics(path, options).result();
    }

    Outcome readWithStatistics(Path path, ImportOptions options) throws ImportException {
        Path folder = folderOf(path);
        Path primary = find(folder, files.primary()).orElseThrow(() -> new ImportException(ImportProblem.ofFile(
                files.primary(), "missing: the folder " + folder.getFileName() + " has no " + files.primary()
                        + "; an " + format.cliName() + " import needs a folder holding " + files.primary()
                        + " and optionally " + files.aliases() + ", " + files.addresses() + ", " + files.comments())));
        Optional<Path> aliases = find(folder, files.aliases());
        Optional<Path> addresses = find(folder, files.addresses());
        Optional<Path> comments = find(folder, files.comments());
        Release release = new Release(options);
        if (aliases.isPresent()) {
            release.readAliases(aliases.get());
        }
        if (addresses.isPresent()) {
            release.readAddresses(addresses.get());
        }
        if (comments.isPresent()) {
            release.readComments(comments.get());
        }
        release.readEntries(primary);
        int unjoined = release.unjoinedRows();
        List<String> notices = new ArrayList<>();
        if (unjoined > 0) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: {1} alias, address or comment rows name no entry of {2}",
                    folder.getFileName(), unjoined, files.primary());
            notices.add(unjoined + " alias, address or comment rows name no entry of " + files.primary()
                    + " and were left out: are the files from different releases?");
        }
        List<ImportProblem> skipped = release.problems.finish();
        List<Path> sources = Stream.of(Optional.of(primary), aliases, addresses, comments).flatMap(Optional::stream)
                .toList();
        ImportResult result = new ImportResult(release.listId, SameListLinks.resolve(release.parties), Optional.empty(),
                sources, skipped, notices);
        return new Outcome(result, unjoined);
    }

    private Path folderOf(Path path) throws ImportException {
        if (Files.isDirectory(path)) {
            return path;
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().equalsIgnoreCase(files.primary())) {
            return path.toAbsolutePath().getParent();
        }
        String what = Files.exists(path) ? "is not a folder" : "does not exist";
        throw new ImportException(ImportProblem.ofFile(String.valueOf(path.getFileName()), what + "; an "
                + format.cliName() + " import needs a folder holding " + files.primary()));
    }

    /** The file with this name in the folder, in any letter case (OFAC has published both SDN.CSV and sdn.csv). */
    private static Optional<Path> find(Path folder, String name) throws ImportException {
        Path exact = folder.resolve(name);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(String.valueOf(folder.getFileName()),
                    "cannot list the folder: " + e.getMessage()), e);
        }
    }

    /** The state of one read: problems, the joined files' maps, the entries so far. */
    private final class Release {
        private final ImportMode mode;
        private final String listId;
        private final ProblemLog problems;
        private final Map<String, String> comments = new HashMap<>();
        private final Map<String, List<Name>> aliases = new HashMap<>();
        private final Map<String, List<Address>> addresses = new HashMap<>();
        private final Map<String, Long> entryLines = new HashMap<>();
        private final Set<String> joinedComments = new HashSet<>();
        private final List<Party> parties = new ArrayList<>();

        Release(ImportOptions options) {
            this.mode = options.mode();
            this.listId = options.listIdOr(format.defaultListId());
            this.problems = new ProblemLog(options.mode());
        }

        void readComments(Path file) throws ImportException {
            read(new LegacyCsvFile(file, LegacyCsvFiles.COMMENT_COLUMNS),
                    row -> comments.merge(row.entNum(), row.raw(COMMENT), String::concat));
        }

        void readAliases(Path file) throws ImportException {
            read(new LegacyCsvFile(file, LegacyCsvFiles.ALIAS_COLUMNS), row -> {
                Optional<NameKind> kind = aliasKind(row.get(ALT_TYPE));
                if (kind.isEmpty()) {
                    problems.skip(row.problem(ALT_TYPE, "unknown alias type '" + row.get(ALT_TYPE)
                            + "'; expected aka, fka or nka"));
                } else if (row.get(ALT_NAME).isEmpty()) {
                    problems.skip(row.problem(ALT_NAME, "empty alias"));
                } else {
                    aliases.computeIfAbsent(row.entNum(), k -> new ArrayList<>())
                            .add(Name.of(row.get(ALT_NAME), kind.get()));
                }
            });
        }

        void readAddresses(Path file) throws ImportException {
            read(new LegacyCsvFile(file, LegacyCsvFiles.ADDRESS_COLUMNS), row -> {
                String street = row.get(ADDRESS);
                String place = row.get(CITY_STATE_POSTAL);
                String country = row.get(COUNTRY);
                // A row with no part at all says only "address unknown"; it is not an address.
                if (!street.isEmpty() || !place.isEmpty() || !country.isEmpty()) {
                    // OFAC writes city, region and postal code in one field; splitting it would be guesswork.
                    Address address = new Address(street, place, "", "",
                            country.isEmpty() ? Optional.empty() : Optional.of(Country.of(country)));
                    addresses.computeIfAbsent(row.entNum(), k -> new ArrayList<>()).add(address);
                }
            });
        }

        void readEntries(Path file) throws ImportException {
            LegacyCsvFile csv = new LegacyCsvFile(file, LegacyCsvFiles.PRIMARY_COLUMNS);
            int rows = read(csv, this::entry);
            if (rows == 0) {
                throw new ImportException(new ImportProblem(csv.name(), 1, LegacyCsvFiles.PRIMARY_COLUMNS.get(0),
                        "empty file: no entries"));
            }
            if (parties.isEmpty()) {
                throw notThisFormat(csv.name(), rows, rows);
            }
        }

        /**
         * Reads one file. Lenient mode skips bad rows, but a file that is mostly bad is another format, not a
         * shorter list: that fails in either mode.
         */
        private int read(LegacyCsvFile csv, Consumer<LegacyRow> rows) throws ImportException {
            int before = problems.count();
            int count = csv.read(problems, rows);
            int malformed = problems.count() - before;
            if (mode == ImportMode.LENIENT && malformed * 2 > count) {
                throw notThisFormat(csv.name(), malformed, count);
            }
            return count;
        }

        private ImportException notThisFormat(String file, int malformed, int rows) {
            List<ImportProblem> why = new ArrayList<>();
            why.add(ImportProblem.ofFile(file, malformed + " of " + rows + " rows are malformed: not an OFAC legacy "
                    + "CSV file (no header, comma-separated, -0- for empty values)"));
            why.addAll(problems.problems().stream().filter(p -> p.file().equals(file)).limit(5).toList());
            return new ImportException(why);
        }

        private void entry(LegacyRow row) {
            String ent = row.entNum();
            Long first = entryLines.get(ent);
            if (first != null) {
                problems.skip(row.problem(0, "duplicate ent_num " + ent + ", first on line " + first));
                return;
            }
            Optional<PartyType> type = partyType(row.get(TYPE));
            if (type.isEmpty()) {
                problems.skip(row.problem(TYPE, "unknown entry type '" + row.get(TYPE)
                        + "'; expected individual, vessel, aircraft or -0- (an organisation)"));
                return;
            }
            if (row.get(NAME).isEmpty()) {
                problems.skip(row.problem(NAME, "empty name"));
                return;
            }
            try {
                parties.add(party(row, type.get()));
                entryLines.put(ent, row.line());
            } catch (IllegalArgumentException e) {
                problems.skip(row.problem(0, "entry " + ent + " cannot be read: " + e.getMessage()));
            }
        }

        private Party party(LegacyRow row, PartyType type) {
            String ent = row.entNum();
            Party.Builder b = Party.builder(listId, ent, type).name(Name.primary(row.get(NAME)));
            aliases.getOrDefault(ent, List.of()).forEach(b::name);
            addresses.getOrDefault(ent, List.of()).forEach(b::address);
            String title = row.get(TITLE);
            // Only remarks cut at the field limit continue in the comments file; a comment for an entry whose
            // remarks are whole belongs to another release and would graft foreign text onto them.
            boolean cut = row.raw(REMARKS).length() >= REMARKS_FIELD_LIMIT;
            String comment = cut ? comments.get(ent) : null;
            if (comment != null) {
                joinedComments.add(ent);
            }
            String remarks = (row.raw(REMARKS) + (comment == null ? "" : comment)).strip();
            boolean mayBeCut = cut && comment == null && !remarks.endsWith(".");
            RemarkFacts facts = OfacRemarks.parse(remarks, title, mayBeCut);
            facts.names().forEach(b::name);
            facts.identifiers().forEach(b::identifier);
            facts.nationalities().forEach(b::nationality);
            facts.dates().forEach(b::date);
            facts.relationships().forEach(b::relationship);
            if (!row.get(CALL_SIGN).isEmpty()) {
                b.identifier(new Identifier(IdentifierType.CALL_SIGN, "Call Sign", row.get(CALL_SIGN), Optional.empty()));
            }
            if (!row.get(VESSEL_FLAG).isEmpty()) {
                b.nationality(Country.of(row.get(VESSEL_FLAG)));
            }
            if (!row.get(VESSEL_OWNER).isEmpty()) {
                b.relationship(Relationship.of(RelationKind.OWNED_BY, row.get(VESSEL_OWNER)));
            }
            for (String program : programs(row.get(PROGRAM))) {
                b.designation(Designation.builder(listId, program).sourceRecord(ent).note(title).build());
            }
            return b.remarks(remarks).build();
        }

        /** Alias and address rows whose ent_num has no entry, and comments that continue no cut remarks. */
        int unjoinedRows() {
            Set<String> entries = entryLines.keySet();
            int n = 0;
            for (Map.Entry<String, List<Name>> e : aliases.entrySet()) {
                n += entries.contains(e.getKey()) ? 0 : e.getValue().size();
            }
            for (Map.Entry<String, List<Address>> e : addresses.entrySet()) {
                n += entries.contains(e.getKey()) ? 0 : e.getValue().size();
            }
            for (String ent : comments.keySet()) {
                n += joinedComments.contains(ent) ? 0 : 1;
            }
            return n;
        }
    }

    /** "SDGT] [IRGC" holds two programs; the outer brackets are left off by OFAC. */
    static List<String> programs(String field) {
        List<String> out = new ArrayList<>();
        for (String p : field.split(Pattern.quote(PROGRAM_SEPARATOR))) {
            String program = p.replace("[", "").replace("]", "").strip();
            if (!program.isEmpty() && !out.contains(program)) {
                out.add(program);
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static Optional<PartyType> partyType(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.of(PartyType.ORGANIZATION);
            case "individual" -> Optional.of(PartyType.PERSON);
            case "vessel" -> Optional.of(PartyType.VESSEL);
            case "aircraft" -> Optional.of(PartyType.AIRCRAFT);
            default -> Optional.empty();
        };
    }

    private static Optional<NameKind> aliasKind(String type) {
        return switch (type.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "aka" -> Optional.of(NameKind.AKA);
            case "fka" -> Optional.of(NameKind.FKA);
            case "nka" -> Optional.of(NameKind.NKA);
            default -> Optional.empty();
        };
    }
}
