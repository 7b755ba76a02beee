package org.cordon.ingest.uk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
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
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Reads the UK Sanctions List (FCDO), XML or CSV (told apart by the first character), into one party per
 * designation ({@code Designation} in the XML; the rows of one {@code Unique ID} in the CSV, see
 * {@link UkSanctionsListCsv}).
 *
 * <p>The party's source id is the designation's {@code UniqueID} ({@code RUS0251}). Names are {@code Name1} to
 * {@code Name6} joined (Name6 is the surname, or the whole name of an entity or ship); the first "Primary Name"
 * is the primary name, variations and aliases are aliases ("Low quality" ones weak), non-Latin names are
 * original-script names. The designation's program is the regime's name, listed on {@code DateDesignated}
 * (dates are day/month/year; {@code dd/mm/1950} is a year alone). A root-level {@code DateGenerated}, where the
 * file has one, is the publication date, as is the CSV's "Report Date".
 */
public final class UkSanctionsListImporter implements ListImporter {

    static final String AUTHORITY = "UK Foreign, Commonwealth & Development Office";
    private static final Pattern DMY = Pattern.compile("(\\d{1,2}|dd|DD)/(\\d{1,2}|mm|MM)/(\\d{4})");

    @Override
    public ListFormat format() {
        return ListFormat.UK_SANCTIONS;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        String file = path.getFileName().toString();
        String listId = options.listIdOr(format().defaultListId());
        ProblemLog problems = new ProblemLog(options.mode());
        List<Party> parties = new ArrayList<>();
        List<Optional<LocalDate>> published = new ArrayList<>(List.of(Optional.empty()));
        boolean csv;
        try {
            csv = Files.size(path) > 0 && UkSanctionsListCsv.isCsv(path);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile(file, "cannot read the file: " + e.getMessage()), e);
        }
        if (csv) {
            published.set(0, UkSanctionsListCsv.read(path, problems, d -> {
                try {
                    parties.add(toParty(listId, d));
                } catch (MalformedField f) {
                    ImportProblem p = f.toProblem(file, d.line());
                    problems.skip(new ImportProblem(p.file(), p.line(),
                            UkSanctionsListCsv.COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.message()));
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, d.line()));
                }
            }));
            if (parties.isEmpty() && problems.count() == 0) {
                throw new ImportException(ImportProblem.ofFile(file, "no entries read: the file has no designation"));
            }
            return ImportResults.complete(file, listId, parties, published.get(0), List.of(path), problems);
        }
        XmlListReader.read(path, "a UK Sanctions List XML file", "Designations", new XmlListReader.Handler() {
            @Override
            public boolean wants(List<String> p) {
                return p.size() == 1 && (p.get(0).equals("Designation") || p.get(0).equals("DateGenerated"));
            }

            @Override
            public void element(XmlNode e) {
                if (e.name().equals("DateGenerated")) {
                    published.set(0, publicationDate(e.text()));
                    return;
                }
                try {
                    parties.add(toParty(listId, e));
                } catch (MalformedField f) {
                    problems.skip(f.toProblem(file, e.line()));
                } catch (IllegalArgumentException invalid) {
                    problems.skip(MalformedField.rejectedByModel(invalid).toProblem(file, e.line()));
                }
            }
        });
        if (parties.isEmpty() && problems.count() == 0) {
            throw new ImportException(ImportProblem.ofFile(file, "no entries read: the file has no Designation"));
        }
        return ImportResults.complete(file, listId, parties, published.get(0), List.of(path), problems);
    }

    private static Optional<LocalDate> publicationDate(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(LocalDate.parse(text.substring(0, 10)));
            }
            return date(text, "DateGenerated").flatMap(PartialDate::toLocalDate);
        } catch (MalformedField | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Party toParty(String listId, XmlNode d) throws MalformedField {
        String id = d.text("UniqueID");
        if (id.isEmpty()) {
            throw new MalformedField("Designation/UniqueID", "the designation has no UniqueID");
        }
        String kind = d.text("IndividualEntityShip");
        PartyType type = switch (kind.toLowerCase(Locale.ROOT)) {
            case "individual" -> PartyType.PERSON;
            case "entity" -> PartyType.ORGANIZATION;
            case "ship" -> PartyType.VESSEL;
            case "" -> throw new MalformedField("Designation/IndividualEntityShip", "the designation does not say"
                    + " whether it is an individual, entity or ship");
            default -> PartyType.UNKNOWN;
        };
        Party.Builder party = Party.builder(listId, id, type);
        List<Name> aliases = new ArrayList<>();
        for (XmlNode n : d.path("Names/Name")) {
            String whole = Stream.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6").map(n::text)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
            if (whole.isEmpty()) {
                continue;
            }
            String nameType = n.text("NameType").toLowerCase(Locale.ROOT);
            boolean weak = n.text("AliasStrength").toLowerCase(Locale.ROOT).startsWith("low");
            if (nameType.equals("primary name") && party.names().isEmpty()) {
                party.name(Name.primary(whole));
            } else {
                aliases.add(Name.of(whole, weak ? NameKind.WEAK_AKA : NameKind.AKA));
            }
        }
        if (party.names().isEmpty() && !aliases.isEmpty()) {
            party.name(Name.primary(aliases.remove(0).value()));
        }
        if (party.names().isEmpty()) {
            throw new MalformedField("Names/Name", "the designation has no name");
        }
        aliases.forEach(party::name);
        for (XmlNode n : d.path("NonLatinNames/NonLatinName")) {
            String text = n.text("NameNonLatinScript");
            if (!text.isEmpty()) {
                party.name(new Name(text, NameKind.ORIGINAL_SCRIPT, "", language(n.text("NonLatinScriptLanguage"))));
            }
        }
        for (XmlNode a : d.path("Addresses/Address")) {
            String street = Stream.of("AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4").map(a::text)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String country = a.text("AddressCountry");
            Address address = new Address(street, a.text("AddressLine6"), a.text("AddressLine5"),
                    a.text("AddressPostalCode"), country.isEmpty() ? Optional.empty() : Optional.of(Country.of(country)));
            if (!address.oneLine().isEmpty()) {
                party.address(address);
            }
        }
        d.texts("PhoneNumbers/PhoneNumber").forEach(v -> party.identifier(new Identifier(IdentifierType.PHONE, "Phone",
                v, Optional.empty())));
        for (String emails : d.texts("EmailAddresses/EmailAddress")) {
            for (String e : emails.split("[;\\s]+")) {
                if (e.contains("@")) {
                    party.identifier(new Identifier(IdentifierType.EMAIL, "Email", e, Optional.empty()));
                }
            }
        }
        d.texts("Websites/Website").forEach(v -> party.identifier(new Identifier(IdentifierType.WEBSITE, "Website", v,
                Optional.empty())));
        RemarksText remarks = RemarksText.of(d.text("OtherInformation"));
        individual(d, party, remarks);
        entity(d, party, remarks);
        ship(d, party, remarks);
        remarks.add("Statement of reasons", d.text("UKStatementofReasons"))
                .add("UN reference", d.text("UNReferenceNumber"))
                .add("OFSI group id", d.text("OFSIGroupID"));
        party.remarks(remarks.text());
        String source = d.text("DesignationSource");
        party.designation(Designation.builder(listId, d.text("RegimeName"))
                .authority(source.equalsIgnoreCase("UN") ? AUTHORITY + " (UN designation)" : AUTHORITY)
                .listedOn(date(d.text("DateDesignated"), "Designation/DateDesignated").flatMap(PartialDate::toLocalDate)
                        .orElse(null))
                .sourceRecord(id)
                .note(String.join("; ", d.text("SanctionsImposed").split("\\|")))
                .build());
        return party.build();
    }

    private static void individual(XmlNode d, Party.Builder party, RemarksText remarks) throws MalformedField {
        for (XmlNode i : d.path("IndividualDetails/Individual")) {
            for (XmlNode dob : i.path("DOBs/DOB")) {
                try {
                    date(dob.text(), "Individual/DOBs/DOB").ifPresent(pd -> party.date(PartyDate.of(DateKind.BIRTH,
                            pd, dob.text())));
                } catch (MalformedField f) {
                    throw new MalformedField(f.field(), dob.line(), f.getMessage());
                }
            }
            i.texts("Nationalities/Nationality").forEach(n -> party.nationality(Country.of(n)));
            for (XmlNode p : i.path("PassportDetails/Passport")) {
                String number = p.text("PassportNumber");
                if (!number.isEmpty()) {
                    party.identifier(new Identifier(IdentifierType.PASSPORT, "Passport", number, Optional.empty()));
                }
            }
            for (XmlNode n : i.path("NationalIdentifierDetails/NationalIdentifier")) {
                String number = n.text("NationalIdentifierNumber");
                if (!number.isEmpty()) {
                    party.identifier(new Identifier(IdentifierType.NATIONAL_ID, "National identifier", number,
                            Optional.empty()));
                }
            }
            remarks.add("Title", String.join("; ", i.texts("Title")))
                    .add("Position", String.join("; ", i.texts("Positions/Position")))
                    .add("Place of birth", i.path("BirthDetails/Location").stream()
                            .map(l -> Stream.of("TownOfBirth", "CountryOfBirth").map(l::text).filter(s -> !s.isEmpty())
                                    .collect(Collectors.joining(", ")))
                            .filter(s -> !s.isEmpty()).collect(Collectors.joining("; ")))
                    .add("Gender", String.join("; ", i.texts("Genders/Gender")));
        }
    }

    private static void entity(XmlNode d, Party.Builder party, RemarksText remarks) {
        for (XmlNode e : d.path("EntityDetails/Entity")) {
            e.texts("BusinessRegistrationNumbers/BusinessRegistrationNumber").forEach(n -> party.identifier(
                    new Identifier(IdentifierType.REGISTRATION_NUMBER, "Business registration number", n, Optional.empty())));
            e.texts("ParentCompanies/ParentCompany").forEach(p -> party.relationship(
                    Relationship.of(RelationKind.SUBSIDIARY_OF, p)));
            remarks.add("Type of entity", String.join("; ", e.texts("TypeOfEntities/TypeOfEntity")))
                    .add("Subsidiaries", String.join("; ", e.texts("Subsidiaries/Subsidiary")));
        }
    }

    private static void ship(XmlNode d, Party.Builder party, RemarksText remarks) {
        for (XmlNode s : d.path("ShipDetails/Ship")) {
            s.texts("IMONumbers/IMONumber").forEach(n -> party.identifier(new Identifier(IdentifierType.IMO, "IMO number",
                    n, Optional.empty())));
            s.texts("CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip").forEach(f -> party.nationality(Country.of(f)));
            s.texts("CurrentOwnerOperators/CurrentOwnerOperator").forEach(o -> party.relationship(
                    Relationship.of(RelationKind.LINKED_TO, o)));
            remarks.add("Type of ship", String.join("; ", s.texts("TypeOfShipDetails/TypeOfShip")));
            s.texts("PreviousNames/PreviousName").forEach(n -> party.name(Name.of(n, NameKind.FKA)));
        }
    }

    /** {@code 27/08/1955}, with {@code dd} or {@code mm} for an unknown day or month; blank is no date. */
    static Optional<PartialDate> date(String text, String field) throws MalformedField {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DMY.matcher(t);
        if (!m.matches()) {
            throw new MalformedField(field, "not a day/month/year date: '" + t + "'");
        }
        int day = m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1)) : 0;
        int month = m.group(2).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(2)) : 0;
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(3)), month, month == 0 ? 0 : day, false));
        } catch (RuntimeException invalid) {
            throw new MalformedField(field, "not a valid date: '" + t + "'");
        }
    }

    private static String language(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "russian" -> "ru";
            case "arabic" -> "ar";
            case "chinese" -> "zh";
            case "korean" -> "ko";
            case "persian", "farsi" -> "fa";
            case "ukrainian" -> "uk";
            case "belarusian" -> "be";
            default -> "";
        };
    }
}
