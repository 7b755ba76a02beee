package org.cordon.ingest.eu;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cordon.ingest.FieldDates;
import org.cordon.ingest.IdentifierLabels;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ImportResults;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.ProblemLog;
import org.cordon.ingest.RemarksText;
import org.cordon.ingest.XmlListReader;
import org.cordon.ingest.XmlNode;
import org.cordon.model.Address;
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

/**
 * Reads the EU Financial Sanctions Files consolidated list XML into one party per {@code sanctionEntity}.
 *
 * <p>The party's source id is the entry's {@code logicalId}; its designations are one per sanctions programme of
 * its regulations ("EU RUS"), listed on the earliest regulation's entry into force, citing that regulation
 * ({@code numberTitle}) with its {@code publicationUrl} as the note and the EU reference number as the source
 * record. The first name alias is the primary name; a name that is not {@code strong} is a weak alias, one in
 * another script an original-script name. The root's {@code generationDate} is the publication date.
 */
public final class EuFsfImporter implements ListImporter {

    static final String AUTHORITY_PREFIX = "EU";

    @Override
    public ListFormat format() {
        return ListFormat.EU_FSF;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        String listId = options.listIdOr(format().defaultListId());
        ProblemLog problems = new ProblemLog(options.mode());
        List<Party> parties = new ArrayList<>();
        List<Optional<LocalDate>> published = new ArrayList<>(List.of(Optional.empty()));
        XmlListReader.read(path, "an EU consolidated list XML file", "export", new XmlListReader.Handler() {
            @Override
            public void root(XmlNode root) {
                published.set(0, day(root.attr("generationDate")));
            }

            @Override
            public boolean wants(List<String> p) {
                return p.size() == 1 && p.get(0).equals("sanctionEntity");
            }

            @Override
            public void element(XmlNode entry) {
                try {
                    parties.add(toParty(listId, entry));
                } catch (MalformedField f) {
                    problems.skip(f.toProblem(file, entry.line()));
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, entry.line()));
                }
            }
        });
        return ImportResults.complete(file, listId, parties, published.get(0), List.of(path), problems);
    }

    static Optional<LocalDate> day(String timestamp) {
        try {
            return timestamp.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(timestamp.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Party toParty(String listId, XmlNode entry) throws MalformedField {
        String id = entry.attr("logicalId");
        if (id.isEmpty()) {
            throw new MalformedField("sanctionEntity@logicalId", "the entry has no logicalId");
        }
        String subject = entry.first("subjectType").map(s -> s.attr("code")).orElse("");
        PartyType type = switch (subject) {
            case "person" -> PartyType.PERSON;
            case "enterprise" -> PartyType.ORGANIZATION;
            case "" -> throw new MalformedField("subjectType@code", "the entry has no subject type");
            default -> PartyType.UNKNOWN;
        };
        Party.Builder party = Party.builder(listId, id, type);
        List<String> titles = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        String gender = "";
        for (XmlNode alias : entry.all("nameAlias")) {
            String whole = alias.attr("wholeName");
            if (whole.isEmpty()) {
                whole = Stream.of("firstName", "middleName", "lastName").map(alias::attr).filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" "));
            }
            if (whole.isEmpty()) {
                continue;
            }
            String language = alias.attr("nameLanguage").toLowerCase(Locale.ROOT);
            Name name = new Name(whole, NameKind.AKA, "", language);
            NameKind kind = party.names().isEmpty() ? NameKind.PRIMARY
                    : "false".equalsIgnoreCase(alias.attr("strong")) ? NameKind.WEAK_AKA
                    : name.isNonLatin() ? NameKind.ORIGINAL_SCRIPT : NameKind.AKA;
            party.name(new Name(whole, kind, "", language));
            add(titles, alias.attr("title"));
            add(functions, alias.attr("function"));
            gender = gender.isEmpty() ? alias.attr("gender") : gender;
        }
        if (party.names().isEmpty()) {
            throw new MalformedField("nameAlias@wholeName", "the entry has no name");
        }
        for (XmlNode c : entry.all("citizenship")) {
            country(c).ifPresent(party::nationality);
        }
        List<String> birthPlaces = new ArrayList<>();
        for (XmlNode b : entry.all("birthdate")) {
            birthDate(b).ifPresent(party::date);
            add(birthPlaces, Stream.of("place", "city", "region", "countryDescription").map(b::attr)
                    .filter(s -> !s.isEmpty() && !s.equals("UNKNOWN")).collect(Collectors.joining(", ")));
        }
        for (XmlNode i : entry.all("identification")) {
            identifier(i).ifPresent(party::identifier);
        }
        for (XmlNode a : entry.all("address")) {
            String street = Stream.of("street", "poBox").map(a::attr).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(", "));
            String city = a.attr("city").isEmpty() ? a.attr("place") : a.attr("city");
            Address address = new Address(street, city, a.attr("region"), a.attr("zipCode"), country(a));
            if (!address.oneLine().isEmpty()) {
                party.address(address);
            }
        }
        for (Designation d : designations(listId, entry)) {
            party.designation(d);
        }
        party.remarks(RemarksText.of(String.join("\n", entry.texts("remark")))
                .add("Title", String.join("; ", titles))
                .add("Function", String.join("; ", functions))
                .add("Place of birth", String.join("; ", birthPlaces))
                .add("Gender", gender.equals("M") ? "Male" : gender.equals("F") ? "Female" : gender)
                .add("UN reference", entry.attr("unitedNationId"))
                .text());
        return party.build();
    }

    private static void add(List<String> list, String value) {
        if (!value.isEmpty() && !list.contains(value)) {
            list.add(value);
        }
    }

    /** The country of an element: its ISO code, else its description; {@code 00} and "UNKNOWN" are no country. */
    private static Optional<Country> country(XmlNode n) {
        String code = n.attr("countryIso2Code").toUpperCase(Locale.ROOT);
        String description = n.attr("countryDescription");
        if (code.matches("[A-Z]{2}") && !code.equals("00")) {
            Country c = Country.of(code);
            return Optional.of(c.isKnown() || description.isEmpty() || description.equals("UNKNOWN") ? c
                    : Country.of(description));
        }
        return description.isEmpty() || description.equalsIgnoreCase("UNKNOWN") ? Optional.empty()
                : Optional.of(Country.of(description));
    }

    /** {@code birthdate="1965-10-08"}, else {@code year}, {@code monthOfYear}, {@code dayOfMonth}; {@code circa}. */
    private static Optional<PartyDate> birthDate(XmlNode b) throws MalformedField {
        boolean circa = "true".equalsIgnoreCase(b.attr("circa"));
        String full = b.attr("birthdate");
        PartialDate d;
        String raw;
        if (!full.isEmpty()) {
            raw = full;
            d = PartialDate.parse(full).orElseThrow(() -> new MalformedField("birthdate@birthdate", b.line(),
                    "not a date: '" + full + "'"));
        } else if (!b.attr("year").isEmpty()) {
            raw = Stream.of("year", "monthOfYear", "dayOfMonth").map(b::attr).filter(s -> !s.isEmpty())
                    .map(s -> s.length() == 1 ? "0" + s : s).collect(Collectors.joining("-"));
            d = PartialDate.parse(raw).orElseThrow(() -> new MalformedField("birthdate@year", b.line(),
                    "not a date: '" + raw + "'"));
        } else {
            return Optional.empty();
        }
        PartialDate date = new PartialDate(d.year(), d.month(), d.day(), circa || d.approximate());
        return Optional.of(PartyDate.of(DateKind.BIRTH, date, circa ? "circa " + raw : raw));
    }

    private static Optional<Identifier> identifier(XmlNode i) {
        String number = i.attr("number").isEmpty() ? i.attr("latinNumber") : i.attr("number");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String description = i.attr("identificationTypeDescription");
        IdentifierType type = switch (i.attr("identificationTypeCode").toLowerCase(Locale.ROOT)) {
            case "passport" -> IdentifierType.PASSPORT;
            case "id" -> IdentifierType.NATIONAL_ID;
            case "regnumber" -> IdentifierType.REGISTRATION_NUMBER;
            case "fiscalcode" -> IdentifierType.TAX_ID;
            case "swiftbic" -> IdentifierType.SWIFT_BIC;
            case "imo" -> IdentifierType.IMO;
            default -> IdentifierLabels.typeOf(description);
        };
        String label = description.isEmpty() ? i.attr("identificationTypeCode") : description;
        return Optional.of(new Identifier(type, label, number, country(i)));
    }

    /** One designation per programme, from its earliest regulation. */
    private static List<Designation> designations(String listId, XmlNode entry) throws MalformedField {
        Map<String, XmlNode> first = new LinkedHashMap<>();
        Map<String, LocalDate> since = new LinkedHashMap<>();
        for (XmlNode reg : entry.all("regulation")) {
            String programme = reg.attr("programme");
            LocalDate inForce = date(reg, "entryIntoForceDate").or(() -> dateQuiet(reg, "publicationDate")).orElse(null);
            date(reg, "publicationDate");
            LocalDate known = since.get(programme);
            if (!first.containsKey(programme) || inForce != null && (known == null || inForce.isBefore(known))) {
                first.put(programme, reg);
                since.put(programme, inForce);
            }
        }
        List<Designation> out = new ArrayList<>();
        for (var e : first.entrySet()) {
            XmlNode reg = e.getValue();
            out.add(Designation.builder(listId, e.getKey().isEmpty() ? AUTHORITY_PREFIX : AUTHORITY_PREFIX + " " + e.getKey())
                    .authority(reg.attr("numberTitle"))
                    .listedOn(since.get(e.getKey()))
                    .sourceRecord(entry.attr("euReferenceNumber"))
                    .note(reg.text("publicationUrl"))
                    .build());
        }
        return out;
    }

    private static Optional<LocalDate> date(XmlNode reg, String attribute) throws MalformedField {
        String v = reg.attr(attribute);
        try {
            return FieldDates.parse(v.length() > 10 ? v.substring(0, 10) : v, FieldDates.ISO, "");
        } catch (MalformedField f) {
            throw new MalformedField("regulation@" + attribute, reg.line(), "not a valid date: '" + v + "'");
        }
    }

    private static Optional<LocalDate> dateQuiet(XmlNode reg, String attribute) {
        try {
            return date(reg, attribute);
        } catch (MalformedField f) {
            return Optional.empty();
        }
    }
}
