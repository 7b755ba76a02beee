package org.cordon.ingest.ofac.sls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cordon.ingest.BoundedZip;
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
import org.cordon.ingest.XmlListReader;
import org.cordon.ingest.XmlNode;
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
 * Reads OFAC's Sanctions List Service advanced XML ({@code SDN_ADVANCED.XML}, plain or zipped) into one party per
 * {@code DistinctParty}.
 *
 * <p>The party's source id is the party's {@code FixedRef}, OFAC's entry number: the same id the SDN CSV and XML
 * give, so a version imported from this form compares with one imported from those. Person names are written
 * "LAST, First Middle" as the other OFAC forms write them. Each sanctions program of the party's
 * {@code SanctionsEntry} is a designation, listed on the entry's earliest event, citing the event's legal basis.
 * {@code ProfileRelationship}s become relationships of the {@code From} party ("Owned or Controlled By" is
 * {@link RelationKind#OWNED_BY}, the rest {@link RelationKind#LINKED_TO}). {@code DateOfIssue} is the publication
 * date.
 */
public final class OfacAdvancedXmlImporter implements ListImporter {

    @Override
    public ListFormat format() {
        return ListFormat.OFAC_SLS_ADVANCED;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        Reading reading = new Reading(file, options.listIdOr(format().defaultListId()), new ProblemLog(options.mode()));
        boolean zip;
        try {
            zip = Files.size(path) > 0 && BoundedZip.isZip(path);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
        XmlListReader.Source source = zip ? () -> BoundedZip.openEntry(path, ".xml", options.maxUncompressedBytes())
                : () -> Files.newInputStream(path);
        XmlListReader.read(path, source, "an OFAC advanced sanctions XML file", "Sanctions", reading);
        return reading.finish(path);
    }

    private static final class Reading implements XmlListReader.Handler {
        private final String file;
        private final String listId;
        private final ProblemLog problems;
        private final ReferenceValues refs = new ReferenceValues();
        private final Map<String, Place> locations = new HashMap<>();
        private final Map<String, List<Identifier>> documents = new HashMap<>();
        private final Map<String, Party.Builder> parties = new LinkedHashMap<>();
        private final Map<String, Long> lines = new HashMap<>();
        private final List<XmlNode> relationships = new ArrayList<>();
        private Optional<LocalDate> publishedOn = Optional.empty();
        private int dangling;
        private int former;

        Reading(String file, String listId, ProblemLog problems) {
            this.file = file;
            this.listId = listId;
            this.problems = problems;
        }

        @Override
        public boolean wants(List<String> p) {
            return p.size() == 1 && (p.get(0).equals("DateOfIssue") || p.get(0).equals("ReferenceValueSets"))
                    || p.size() == 2 && List.of("Locations", "IDRegDocuments", "DistinctParties",
                    "ProfileRelationships", "SanctionsEntries").contains(p.get(0));
        }

        @Override
        public void element(XmlNode e) {
            try {
                switch (e.name()) {
                    case "DateOfIssue" -> publishedOn = ymd(e).flatMap(PartialDate::toLocalDate);
                    case "ReferenceValueSets" -> refs.read(e);
                    case "Location" -> locations.put(e.attr("ID"), place(e));
                    case "IDRegDocument" -> document(e);
                    case "DistinctParty" -> party(e);
                    case "ProfileRelationship" -> relationships.add(e);
                    case "SanctionsEntry" -> sanctionsEntry(e);
                    default -> {
                        // another element of a known section: nothing Cordon uses
                    }
                }
            } catch (MalformedField f) {
                problems.skip(f.toProblem(file, e.line()));
            } catch (IllegalArgumentException invalid) {
                problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, e.line()));
            }
        }

        /** An address and its country; either may be empty (a location that only names a country). */
        private record Place(Optional<Address> address, Optional<Country> country) {}

        private Place place(XmlNode loc) throws MalformedField {
            Optional<Country> country = Optional.empty();
            for (XmlNode c : loc.all("LocationCountry")) {
                country = Optional.of(country(refs.get("Country", c, "CountryID")));
            }
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (XmlNode part : loc.all("LocationPart")) {
                String type = refs.text("LocPartType", part, "LocPartTypeID").toUpperCase(Locale.ROOT);
                for (XmlNode v : part.all("LocationPartValue")) {
                    String text = v.text("Value");
                    if (!text.isEmpty()) {
                        parts.computeIfAbsent(type, k -> new ArrayList<>()).add(text);
                    }
                }
            }
            String street = join(parts, "ADDRESS1", "ADDRESS2", "ADDRESS3", "UNKNOWN");
            Address a = new Address(street, join(parts, "CITY"), join(parts, "STATE/PROVINCE", "REGION"),
                    join(parts, "POSTAL CODE"), country);
            boolean onlyCountry = a.street().isEmpty() && a.city().isEmpty() && a.region().isEmpty()
                    && a.postalCode().isEmpty();
            return new Place(onlyCountry ? Optional.empty() : Optional.of(a), country);
        }

        private static String join(Map<String, List<String>> parts, String... types) {
            List<String> out = new ArrayList<>();
            for (String t : types) {
                out.addAll(parts.getOrDefault(t, List.of()));
            }
            return String.join(", ", out);
        }

        private static Country country(XmlNode ref) {
            String iso = ref.attr("ISO2");
            return iso.matches("[A-Z]{2}") ? new Country(iso, ref.text()) : Country.of(ref.text());
        }

        private void document(XmlNode doc) throws MalformedField {
            String number = doc.text("IDRegistrationNo");
            if (number.isEmpty()) {
                return;
            }
            String label = refs.text("IDRegDocType", doc, "IDRegDocTypeID");
            Optional<Country> country = doc.attr("IssuedBy-CountryID").isEmpty() ? Optional.empty()
                    : Optional.of(country(refs.get("Country", doc, "IssuedBy-CountryID")));
            documents.computeIfAbsent(doc.attr("IdentityID"), k -> new ArrayList<>())
                    .add(new Identifier(IdentifierLabels.typeOf(label), label, number, country));
        }

        private void party(XmlNode dp) throws MalformedField {
            String id = dp.attr("FixedRef");
            if (id.isEmpty()) {
                throw new MalformedField("DistinctParty@FixedRef", "the party has no FixedRef");
            }
            XmlNode profile = dp.first("Profile").orElseThrow(() -> new MalformedField("DistinctParty/Profile",
                    "the party has no Profile"));
            XmlNode subType = refs.get("PartySubType", profile, "PartySubTypeID");
            String typeText = subType.text().equalsIgnoreCase("Unknown")
                    ? refs.text("PartyType", subType, "PartyTypeID") : subType.text();
            PartyType type = switch (typeText.toLowerCase(Locale.ROOT)) {
                case "individual" -> PartyType.PERSON;
                case "entity" -> PartyType.ORGANIZATION;
                case "vessel" -> PartyType.VESSEL;
                case "aircraft" -> PartyType.AIRCRAFT;
                default -> PartyType.UNKNOWN;
            };
            Party.Builder b = Party.builder(listId, id, type);
            List<Name> others = new ArrayList<>();
            for (XmlNode identity : profile.all("Identity")) {
                Map<String, String> groups = new HashMap<>();
                for (XmlNode g : identity.path("NamePartGroups/MasterNamePartGroup/NamePartGroup")) {
                    groups.put(g.attr("ID"), refs.text("NamePartType", g, "NamePartTypeID"));
                }
                for (XmlNode alias : identity.all("Alias")) {
                    String aliasType = refs.text("AliasType", alias, "AliasTypeID");
                    boolean primary = "true".equalsIgnoreCase(alias.attr("Primary"));
                    boolean weak = "true".equalsIgnoreCase(alias.attr("LowQuality"));
                    boolean first = true;
                    for (XmlNode dn : alias.all("DocumentedName")) {
                        String name = name(dn, groups, type);
                        if (name.isEmpty()) {
                            continue;
                        }
                        Name n = Name.of(name, NameKind.AKA);
                        NameKind kind = !first && n.isNonLatin() ? NameKind.ORIGINAL_SCRIPT
                                : primary && b.names().isEmpty() ? NameKind.PRIMARY
                                : switch (aliasType.toUpperCase(Locale.ROOT)) {
                                    case "F.K.A." -> NameKind.FKA;
                                    case "N.K.A." -> NameKind.NKA;
                                    default -> weak ? NameKind.WEAK_AKA : NameKind.AKA;
                                };
                        if (kind == NameKind.PRIMARY) {
                            b.name(Name.of(name, kind));
                        } else {
                            others.add(Name.of(name, kind));
                        }
                        first = false;
                    }
                }
                documents.getOrDefault(identity.attr("ID"), List.of()).forEach(b::identifier);
            }
            if (b.names().isEmpty() && !others.isEmpty()) {
                b.name(Name.primary(others.remove(0).value()));
            }
            if (b.names().isEmpty()) {
                throw new MalformedField("Identity/Alias", "the party has no name");
            }
            others.forEach(b::name);
            RemarksText remarks = RemarksText.of(dp.text("Comment"));
            for (XmlNode feature : profile.all("Feature")) {
                feature(feature, b, remarks);
            }
            b.remarks(remarks.text());
            if (parties.containsKey(id)) {
                throw new MalformedField("DistinctParty@FixedRef", "the FixedRef " + id + " is used twice (line "
                        + lines.get(id) + ")");
            }
            parties.put(id, b);
            lines.put(id, dp.line());
        }

        /** "LAST, First Middle" for persons, else the entity, vessel or aircraft name (or every part). */
        private static String name(XmlNode dn, Map<String, String> groups, PartyType type) {
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (XmlNode v : dn.path("DocumentedNamePart/NamePartValue")) {
                if (!v.text().isEmpty()) {
                    parts.computeIfAbsent(groups.getOrDefault(v.attr("NamePartGroupID"), ""), k -> new ArrayList<>())
                            .add(v.text());
                }
            }
            if (type == PartyType.PERSON && parts.containsKey("Last Name")) {
                String last = String.join(" ", parts.remove("Last Name"));
                String rest = parts.values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
                return rest.isEmpty() ? last : last + ", " + rest;
            }
            return parts.values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
        }

        private void feature(XmlNode feature, Party.Builder b, RemarksText remarks) throws MalformedField {
            String label = refs.text("FeatureType", feature, "FeatureTypeID").strip();
            for (XmlNode version : feature.all("FeatureVersion")) {
                List<Place> places = new ArrayList<>();
                for (XmlNode vl : version.all("VersionLocation")) {
                    Place p = locations.get(vl.attr("LocationID"));
                    if (p == null) {
                        throw new MalformedField("VersionLocation@LocationID", vl.line(), "refers to no Location: '"
                                + vl.attr("LocationID") + "'");
                    }
                    places.add(p);
                }
                List<String> details = new ArrayList<>();
                for (XmlNode d : version.all("VersionDetail")) {
                    details.add(d.attr("DetailReferenceID").isEmpty() ? d.text()
                            : refs.text("DetailReference", d, "DetailReferenceID"));
                }
                String detail = details.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
                Optional<PartyDate> date = Optional.empty();
                for (XmlNode period : version.all("DatePeriod")) {
                    date = Optional.of(period(period, label.toLowerCase(Locale.ROOT).contains("established")
                            ? DateKind.INCORPORATION : DateKind.BIRTH));
                }
                String key = label.toLowerCase(Locale.ROOT);
                if (key.equals("location")) {
                    places.forEach(p -> p.address().or(() -> p.country().map(Address::country)).ifPresent(b::address));
                } else if (key.contains("nationality") || key.contains("citizenship") || key.equals("vessel flag")) {
                    places.forEach(p -> p.country().ifPresent(b::nationality));
                    if (places.isEmpty() && !detail.isEmpty()) {
                        b.nationality(Country.of(detail));
                    }
                } else if (key.equals("birthdate") || key.contains("established date")) {
                    date.ifPresent(b::date);
                } else if (key.equals("vessel owner")) {
                    if (!detail.isEmpty()) {
                        b.relationship(Relationship.of(RelationKind.OWNED_BY, detail));
                    }
                } else if (!detail.isEmpty() && (IdentifierLabels.typeOf(label) != IdentifierType.OTHER
                        || key.startsWith("digital currency address"))) {
                    b.identifier(new Identifier(key.startsWith("digital currency address")
                            ? IdentifierType.DIGITAL_CURRENCY_ADDRESS : IdentifierLabels.typeOf(label), label, detail,
                            Optional.empty()));
                } else {
                    String value = !detail.isEmpty() ? detail
                            : date.map(PartyDate::raw).orElse(places.stream().map(p -> p.address().map(Address::oneLine)
                                    .orElse(p.country().map(Country::name).orElse(""))).collect(Collectors.joining("; ")));
                    remarks.add(label.replaceAll("[\\s:\\-]+$", ""), value);
                }
            }
        }

        /**
         * A date period as a party date: one day, a month or a year when the period spans exactly that (OFAC writes
         * "1952" as 1952-01-01 to 1952-12-31), else the range from the start's earliest to the end's latest day.
         */
        private static PartyDate period(XmlNode period, DateKind kind) throws MalformedField {
            PartialDate from = ymd(period.path("Start/From").stream().findFirst().orElse(period))
                    .orElseThrow(() -> new MalformedField("DatePeriod/Start/From", period.line(), "no start date"));
            PartialDate to = ymd(period.path("End/To").stream().findFirst().orElse(period)).orElse(from);
            boolean approx = period.path("Start").stream().anyMatch(s -> "true".equalsIgnoreCase(s.attr("Approximate")));
            PartialDate start = from;
            PartialDate end = to;
            if (from.year() == to.year() && from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31) {
                start = end = new PartialDate(from.year(), 0, 0, approx);
            } else if (from.year() == to.year() && from.month() == to.month() && from.day() == 1
                    && to.day() == YearMonth.of(to.year(), to.month()).lengthOfMonth()) {
                start = end = new PartialDate(from.year(), from.month(), 0, approx);
            } else if (from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31) {
                start = new PartialDate(from.year(), 0, 0, approx);
                end = new PartialDate(to.year(), 0, 0, approx);
            } else if (approx) {
                start = new PartialDate(from.year(), from.month(), from.day(), true);
                end = new PartialDate(to.year(), to.month(), to.day(), true);
            }
            if (end.compareTo(start) < 0) {
                throw new MalformedField("DatePeriod", period.line(), "the period ends before it starts");
            }
            String raw = start.equals(end) ? start.toString() : start + " to " + end;
            return new PartyDate(kind, start, end, raw);
        }

        /** {@code <Year>..</Year><Month>..</Month><Day>..</Day>}; empty when there is no year. */
        private static Optional<PartialDate> ymd(XmlNode n) throws MalformedField {
            String y = n.text("Year");
            if (y.isEmpty()) {
                return Optional.empty();
            }
            try {
                int year = Integer.parseInt(y);
                int month = n.text("Month").isEmpty() ? 0 : Integer.parseInt(n.text("Month"));
                int day = n.text("Day").isEmpty() || month == 0 ? 0 : Integer.parseInt(n.text("Day"));
                return Optional.of(new PartialDate(year, month, day, false));
            } catch (RuntimeException e) {
                throw new MalformedField(n.name(), n.line(), "not a date: " + y + "-" + n.text("Month") + "-"
                        + n.text("Day"));
            }
        }

        private void sanctionsEntry(XmlNode entry) throws MalformedField {
            Party.Builder b = parties.get(entry.attr("ProfileID"));
            String list = entry.attr("ListID").isEmpty() ? "" : refs.text("List", entry, "ListID");
            LocalDate since = null;
            String authority = "";
            for (XmlNode event : entry.all("EntryEvent")) {
                Optional<LocalDate> day = event.first("Date").isPresent() ? ymd(event.first("Date").get())
                        .flatMap(PartialDate::toLocalDate) : Optional.empty();
                if (day.isPresent() && (since == null || day.get().isBefore(since))) {
                    since = day.get();
                    authority = event.attr("LegalBasisID").isEmpty() ? ""
                            : refs.text("LegalBasis", event, "LegalBasisID");
                }
            }
            List<String> programs = new ArrayList<>();
            for (XmlNode measure : entry.all("SanctionsMeasure")) {
                if (refs.text("SanctionsType", measure, "SanctionsTypeID").equalsIgnoreCase("Program")
                        && !measure.text("Comment").isEmpty()) {
                    programs.add(measure.text("Comment"));
                }
            }
            if (b == null) {
                dangling++;
                return;
            }
            for (String program : programs.isEmpty() ? List.of("") : programs) {
                b.designation(Designation.builder(listId, program).authority(authority).listedOn(since)
                        .sourceRecord(entry.attr("ProfileID")).note(list).build());
            }
        }

        ImportResult finish(Path path) throws ImportException {
            for (XmlNode rel : relationships) {
                try {
                    Party.Builder from = parties.get(rel.attr("From-ProfileID"));
                    Party.Builder to = parties.get(rel.attr("To-ProfileID"));
                    String type = refs.text("RelationType", rel, "RelationTypeID");
                    if (from == null || to == null) {
                        dangling++;
                        continue;
                    }
                    if ("true".equalsIgnoreCase(rel.attr("Former"))) {
                        former++;
                        continue; // a tie OFAC marks as past, without saying when it ended
                    }
                    RelationKind kind = type.toLowerCase(Locale.ROOT).contains("owned or controlled by")
                            ? RelationKind.OWNED_BY : RelationKind.LINKED_TO;
                    from.relationship(new Relationship(kind, to.names().get(0).value(),
                            listId + "/" + rel.attr("To-ProfileID"), Optional.empty(), Confidence.HIGH));
                } catch (MalformedField f) {
                    problems.skip(f.toProblem(file, rel.line()));
                }
            }
            List<Party> out = new ArrayList<>();
            for (var e : parties.entrySet()) {
                try {
                    out.add(e.getValue().build());
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, lines.get(e.getKey())));
                }
            }
            if (out.isEmpty()) {
                List<ImportProblem> all = new ArrayList<>();
                all.add(ImportProblem.ofFile(file, "no entries read" + (problems.count() > 0
                        ? ": every entry is malformed" : ": the file has no DistinctParty")));
                all.addAll(problems.problems());
                throw new ImportException(all);
            }
            List<ImportProblem> skipped = problems.finish();
            List<String> notices = new ArrayList<>();
            if (dangling > 0) {
                notices.add(dangling + " sanctions entries or relationships name a party that is not in the file");
            }
            if (former > 0) {
                notices.add(former + " relationships OFAC marks as former were left out");
            }
            return new ImportResult(listId, out, publishedOn, List.of(path), skipped, notices);
        }
    }
}
