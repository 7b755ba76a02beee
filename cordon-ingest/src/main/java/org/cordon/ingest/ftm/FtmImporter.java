package org.cordon.ingest.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cordon.ingest.IdentifierLabels;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.RemarksText;
import org.cordon.model.Address;
import org.cordon.model.Confidence;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Reads FollowTheMoney entities, one JSON object a line, as OpenSanctions and yente publish them.
 *
 * <p>Party schemata become parties (source id: the entity id); Sanction entities become designations of their
 * {@code entity}; Address entities named by a party's {@code addressEntity} become its addresses; Identification
 * and Passport entities become identifiers of their {@code holder}; Ownership ({@code owner} owns {@code asset}:
 * the asset is {@link RelationKind#OWNED_BY} the owner, with the percentage as share), Directorship (the
 * organisation is linked to its director) and UnknownLink ({@code subject} to {@code object}; the role names the
 * kind where it is one of Cordon's) become relationships of the party they describe, holding from their
 * {@code startDate} to their {@code endDate} and citing their {@code sourceUrl}. Entities of other schemata are
 * counted and skipped.
 *
 * <p>Entities may come in any order: links are resolved once the file is read. A last line cut off in the middle
 * (a truncated download) refuses the import in either mode; a file cut at a line end cannot be told from a
 * shorter list, as with any JSON lines file.
 */
public final class FtmImporter implements ListImporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public ListFormat format() {
        return ListFormat.FTM;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        String listId = options.listIdOr(format().defaultListId());
        Reading reading = new Reading(file, listId, new ProblemLog(options.mode()));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            long lineNo = 0;
            StringBuilder line = new StringBuilder();
            boolean more = true;
            while (more) {
                line.setLength(0);
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    line.append((char) c);
                }
                more = c >= 0;
                lineNo++;
                String text = line.toString().strip();
                if (lineNo == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (!text.isEmpty()) {
                    reading.line(text, lineNo, !more);
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportProblem.ofFile(file, "not UTF-8 text (truncated or another format?): "
                    + e.getMessage()), e);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
        return reading.finish(path);
    }

    /** The state of one import: what has been read, waiting for the links between entities to be resolved. */
    private static final class Reading {
        private final String file;
        private final String listId;
        private final ProblemLog problems;
        private final Map<String, Draft> parties = new LinkedHashMap<>();
        private final Map<String, Address> addresses = new LinkedHashMap<>();
        private final List<FtmEntity> links = new ArrayList<>();
        private final Map<String, Integer> otherSchemata = new LinkedHashMap<>();
        private final List<String> notices = new ArrayList<>();

        Reading(String file, String listId, ProblemLog problems) {
            this.file = file;
            this.listId = listId;
            this.problems = problems;
        }

        void line(String text, long lineNo, boolean last) throws ImportException {
            JsonNode node;
            try {
                node = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                if (last) {
                    throw new ImportException(new ImportProblem(file, lineNo, "", "the last line is not a whole JSON"
                            + " object (truncated file?): " + e.getOriginalMessage()));
                }
                problems.skip(new ImportProblem(file, lineNo, "", "not a JSON object: " + e.getOriginalMessage()));
                return;
            }
            try {
                entity(FtmEntity.of(node, lineNo));
            } catch (MalformedField f) {
                problems.skip(f.toProblem(file, lineNo));
            } catch (IllegalArgumentException invalid) {
                problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, lineNo));
            }
        }

        private void entity(FtmEntity e) throws MalformedField {
            PartyType type = FtmProperties.PARTY_SCHEMATA.get(e.schema());
            if (type != null) {
                if (parties.containsKey(e.id())) {
                    throw new MalformedField("id", "the id '" + e.id() + "' is used by an earlier entity (line "
                            + parties.get(e.id()).line + ")");
                }
                parties.put(e.id(), new Draft(e.line(), party(e, type), e.values("addressEntity"), e.values("address")));
                return;
            }
            switch (e.schema()) {
                case "Sanction", "Ownership", "Directorship", "UnknownLink", "Identification", "Passport" -> {
                    checkLink(e);
                    links.add(e);
                }
                case "Address" -> addresses.put(e.id(), address(e));
                default -> otherSchemata.merge(e.schema(), 1, Integer::sum);
            }
        }

        private Party.Builder party(FtmEntity e, PartyType type) throws MalformedField {
            Party.Builder b = Party.builder(listId, e.id(), type);
            List<String> names = new ArrayList<>(e.values("name"));
            if (names.isEmpty() && type == PartyType.PERSON) {
                String composed = String.join(" ", join(e, "firstName", "middleName", "lastName")).strip();
                if (!composed.isEmpty()) {
                    names.add(composed);
                }
            }
            if (names.isEmpty()) {
                throw new MalformedField("properties.name", "the entity has no name");
            }
            b.name(Name.primary(names.get(0)));
            for (String other : names.subList(1, names.size())) {
                Name n = Name.of(other, NameKind.AKA);
                b.name(n.isNonLatin() ? Name.of(other, NameKind.ORIGINAL_SCRIPT) : n);
            }
            e.values("alias").forEach(n -> b.name(Name.of(n, NameKind.AKA)));
            e.values("previousName").forEach(n -> b.name(Name.of(n, NameKind.FKA)));
            e.values("weakAlias").forEach(n -> b.name(Name.of(n, NameKind.WEAK_AKA)));
            for (String property : List.of("nationality", "citizenship", "country", "jurisdiction", "flag")) {
                if (FtmProperties.reads(e.schema(), property)) {
                    for (String c : e.values(property)) {
                        country(c).ifPresent(b::nationality);
                    }
                }
            }
            for (FtmProperties.IdProperty p : FtmProperties.IDENTIFIERS) {
                if (FtmProperties.reads(e.schema(), p.property())) {
                    IdentifierType idType = p.property().equals("registrationNumber") && type == PartyType.AIRCRAFT
                            ? IdentifierType.AIRCRAFT_TAIL : p.type();
                    String label = idType == IdentifierType.AIRCRAFT_TAIL ? "Aircraft tail number" : p.label();
                    e.values(p.property()).forEach(v -> b.identifier(new Identifier(idType, label, v, Optional.empty())));
                }
            }
            dates(e, "birthDate", DateKind.BIRTH, b);
            dates(e, "incorporationDate", DateKind.INCORPORATION, b);
            b.remarks(RemarksText.of(String.join("\n", e.values("notes")))
                    .add("Topics", String.join(", ", e.values("topics")))
                    .add("Source", String.join(" ", e.values("sourceUrl")))
                    .text());
            return b;
        }

        private static List<String> join(FtmEntity e, String... properties) throws MalformedField {
            List<String> parts = new ArrayList<>();
            for (String p : properties) {
                String v = e.first(p);
                if (!v.isEmpty()) {
                    parts.add(v);
                }
            }
            return parts;
        }

        private void dates(FtmEntity e, String property, DateKind kind, Party.Builder b) throws MalformedField {
            if (!FtmProperties.reads(e.schema(), property)) {
                return;
            }
            for (String v : e.values(property)) {
                PartialDate d = partialDate(v, property);
                b.date(PartyDate.of(kind, d, v));
            }
        }

        private static PartialDate partialDate(String v, String property) throws MalformedField {
            String day = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
            return PartialDate.parse(day).orElseThrow(() -> new MalformedField("properties." + property,
                    "not a date: '" + v + "'"));
        }

        private static Optional<LocalDate> day(FtmEntity e, String property) throws MalformedField {
            String v = e.first(property);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            PartialDate d = partialDate(v, property);
            return Optional.of(LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day())));
        }

        private static Optional<Country> country(String value) {
            String v = value.strip();
            if (v.equalsIgnoreCase("zz") || v.isEmpty()) {
                return Optional.empty(); // FtM's "unknown"
            }
            return Optional.of(Country.of(v.length() == 2 ? v.toUpperCase(Locale.ROOT) : v));
        }

        private static Address address(FtmEntity e) throws MalformedField {
            String street = e.first("street");
            String city = e.first("city");
            String region = e.first("region");
            String postal = e.first("postalCode");
            Optional<Country> country = country(e.first("country"));
            if (street.isEmpty() && city.isEmpty() && region.isEmpty() && postal.isEmpty()) {
                street = e.first("full");
            }
            return new Address(street, city, region, postal, country);
        }

        /**
         * The first day a tie no longer held: its {@code endDate}, or for a month or year alone the day after it (the
         * tie is taken to have held through the period the source names).
         */
        private static Optional<LocalDate> until(FtmEntity e) throws MalformedField {
            String v = e.first("endDate");
            if (v.isEmpty()) {
                return Optional.empty();
            }
            PartialDate d = partialDate(v, "endDate");
            return Optional.of(d.month() == 0 ? LocalDate.of(d.year() + 1, 1, 1)
                    : d.day() == 0 ? java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth().plusDays(1)
                    : LocalDate.of(d.year(), d.month(), d.day()));
        }

        /** Checks what a link entity must name, so that a broken one is reported at its own line. */
        private static void checkLink(FtmEntity e) throws MalformedField {
            for (String property : linkEnds(e.schema())) {
                if (e.first(property).isEmpty()) {
                    throw new MalformedField("properties." + property, "a " + e.schema() + " must name its "
                            + property);
                }
            }
            switch (e.schema()) {
                case "Sanction" -> {
                    day(e, "startDate");
                    day(e, "endDate");
                }
                case "Ownership" -> {
                    share(e);
                    day(e, "startDate");
                    until(e);
                    checkInterval(e);
                }
                case "Identification", "Passport" -> {
                    if (e.first("number").isEmpty() && e.first("passportNumber").isEmpty()) {
                        throw new MalformedField("properties.number", "the identification has no number");
                    }
                }
                default -> {
                    day(e, "startDate");
                    until(e);
                    checkInterval(e);
                }
            }
        }

        private static void checkInterval(FtmEntity e) throws MalformedField {
            Optional<LocalDate> since = day(e, "startDate");
            Optional<LocalDate> until = until(e);
            if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
                throw new MalformedField("properties.endDate", "the tie ends (" + e.first("endDate")
                        + ") before it starts (" + e.first("startDate") + ")");
            }
        }

        private static List<String> linkEnds(String schema) {
            return switch (schema) {
                case "Sanction" -> List.of("entity");
                case "Ownership" -> List.of("owner", "asset");
                case "Directorship" -> List.of("director", "organization");
                case "UnknownLink" -> List.of("subject", "object");
                default -> List.of("holder");
            };
        }

        /** The percentage held: {@code 51}, {@code 51.5%}, or the lower bound of a range ({@code 25-50}). */
        private static Optional<Double> share(FtmEntity e) throws MalformedField {
            String v = e.first("percentage");
            if (v.isEmpty()) {
                return Optional.empty();
            }
            String number = v.replace("%", "").replace(',', '.').strip();
            int dash = number.indexOf('-', 1);
            if (dash > 0) {
                number = number.substring(0, dash).strip();
            }
            try {
                double share = Double.parseDouble(number);
                if (share < 0 || share > 100 || Double.isNaN(share)) {
                    throw new MalformedField("properties.percentage", "not a share from 0 to 100: '" + v + "'");
                }
                return Optional.of(share);
            } catch (NumberFormatException notNumber) {
                throw new MalformedField("properties.percentage", "not a percentage: '" + v + "'");
            }
        }

        ImportResult finish(Path path) throws ImportException {
            int dangling = 0;
            for (Draft d : parties.values()) {
                boolean resolved = false;
                for (String ref : d.addressRefs) {
                    Address a = addresses.get(ref);
                    if (a == null) {
                        dangling++;
                    } else {
                        d.builder.address(a);
                        resolved = true;
                    }
                }
                if (!resolved) {
                    // the full text stands for the address entities where these are not in the file
                    d.addressTexts.forEach(a -> d.builder.address(new Address(a, "", "", "", Optional.empty())));
                }
            }
            for (FtmEntity link : links) {
                try {
                    if (!attach(link)) {
                        dangling++;
                    }
                } catch (MalformedField f) {
                    problems.skip(f.toProblem(file, link.line()));
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, link.line()));
                }
            }
            List<Party> out = new ArrayList<>(parties.size());
            for (Draft d : parties.values()) {
                try {
                    out.add(d.builder.build());
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, d.line));
                }
            }
            if (dangling > 0) {
                notices.add(dangling + " links name an entity that is not in the file; they were left out");
            }
            if (!otherSchemata.isEmpty()) {
                notices.add("entities of other schemata skipped: " + otherSchemata);
            }
            if (out.isEmpty()) {
                List<ImportProblem> all = new ArrayList<>();
                all.add(ImportProblem.ofFile(file, "no entries read" + (problems.count() > 0
                        ? ": every entry is malformed" : ": the file has no Person, Company, Organization, LegalEntity,"
                        + " PublicBody, Vessel or Airplane entity")));
                all.addAll(problems.problems());
                throw new ImportException(all);
            }
            List<ImportProblem> skipped = problems.finish();
            return new ImportResult(listId, out, Optional.empty(), List.of(path), skipped, notices);
        }

        /** Adds a link entity to the party it describes; false when that party is not in the file. */
        private boolean attach(FtmEntity link) throws MalformedField {
            switch (link.schema()) {
                case "Sanction" -> {
                    Draft d = parties.get(link.first("entity"));
                    if (d == null) {
                        return false;
                    }
                    d.builder.designation(Designation.builder(listId, link.first("program"))
                            .authority(link.first("authority"))
                            .listedOn(day(link, "startDate").orElse(null))
                            .liftedOn(day(link, "endDate").orElse(null))
                            .sourceRecord(link.first("authorityId"))
                            .note(link.first("sourceUrl").isEmpty() ? link.first("summary") : link.first("sourceUrl"))
                            .build());
                    return true;
                }
                case "Identification", "Passport" -> {
                    Draft d = parties.get(link.first("holder"));
                    if (d == null) {
                        return false;
                    }
                    String label = link.first("type");
                    String number = link.first("number").isEmpty() ? link.first("passportNumber") : link.first("number");
                    IdentifierType type = typeOf(label, link.schema().equals("Passport"));
                    d.builder.identifier(new Identifier(type, label, number, country(link.first("country"))));
                    return true;
                }
                case "Ownership" -> {
                    return tie(link, "asset", "owner", RelationKind.OWNED_BY, share(link));
                }
                case "Directorship" -> {
                    return tie(link, "organization", "director", RelationKind.LINKED_TO, Optional.empty());
                }
                default -> {
                    return tie(link, "subject", "object", kindOf(link.first("role")), Optional.empty());
                }
            }
        }

        private boolean tie(FtmEntity link, String holderProperty, String targetProperty, RelationKind kind,
                            Optional<Double> share) throws MalformedField {
            Draft holder = parties.get(link.first(holderProperty));
            if (holder == null) {
                return false;
            }
            String targetRef = link.first(targetProperty);
            Draft target = parties.get(targetRef);
            String name;
            String targetId;
            if (target != null) {
                name = target.builder.names().get(0).value();
                targetId = listId + "/" + targetRef;
            } else {
                // An owner outside the file: its name, where the link gives one, else the reference itself.
                name = link.first("description").isEmpty() ? targetRef : link.first("description");
                targetId = targetRef.contains("/") ? targetRef : "";
            }
            String source = link.first("sourceUrl").isEmpty() ? link.first("summary") : link.first("sourceUrl");
            holder.builder.relationship(new Relationship(kind, name, targetId, share, Confidence.HIGH,
                    day(link, "startDate"), until(link), source));
            return true;
        }

        private static RelationKind kindOf(String role) {
            String r = role.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (RelationKind k : RelationKind.values()) {
                if (k.name().equals(r)) {
                    return k;
                }
            }
            return RelationKind.LINKED_TO;
        }
    }

    /** The identifier type an Identification's {@code type} names: Cordon's own type names first, then labels. */
    static IdentifierType typeOf(String label, boolean passport) {
        String key = label.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (IdentifierType t : IdentifierType.values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        IdentifierType byLabel = IdentifierLabels.typeOf(label);
        return byLabel == IdentifierType.OTHER && passport ? IdentifierType.PASSPORT : byLabel;
    }

    /** A party read, waiting for its links; only what the links need is kept of its entity, not the entity. */
    private static final class Draft {
        final long line;
        final Party.Builder builder;
        final List<String> addressRefs;
        final List<String> addressTexts;

        Draft(long line, Party.Builder builder, List<String> addressRefs, List<String> addressTexts) {
            this.line = line;
            this.builder = builder;
            this.addressRefs = addressRefs;
            this.addressTexts = addressTexts;
        }
    }
}
