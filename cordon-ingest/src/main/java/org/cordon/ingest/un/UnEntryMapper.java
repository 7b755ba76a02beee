package org.cordon.ingest.un;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cordon.ingest.FieldDates;
import org.cordon.ingest.IdentifierLabels;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.RemarksText;
import org.cordon.model.Address;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;

/** Maps one {@code INDIVIDUAL} or {@code ENTITY} of the UN list onto a party. */
final class UnEntryMapper {

    static final String AUTHORITY = "UN Security Council";

    private final String listId;

    UnEntryMapper(String listId) {
        this.listId = listId;
    }

    Party toParty(XmlElement entry) throws MalformedField {
        boolean person = entry.name().equals("INDIVIDUAL");
        String reference = entry.text("REFERENCE_NUMBER");
        if (reference.isEmpty()) {
            throw new MalformedField("REFERENCE_NUMBER", "the entry has no reference number");
        }
        String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(entry::text)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (name.isEmpty()) {
            throw new MalformedField("FIRST_NAME", "the entry has no name");
        }
        Party.Builder party = Party.builder(listId, reference, person ? PartyType.PERSON : PartyType.ORGANIZATION)
                .name(Name.primary(name));
        if (!entry.text("NAME_ORIGINAL_SCRIPT").isEmpty()) {
            party.name(Name.of(entry.text("NAME_ORIGINAL_SCRIPT"), NameKind.ORIGINAL_SCRIPT));
        }
        for (XmlElement alias : entry.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            if (!alias.text("ALIAS_NAME").isEmpty()) {
                party.name(Name.of(alias.text("ALIAS_NAME"), aliasKind(alias.text("QUALITY"))));
            }
        }
        entry.values("NATIONALITY").forEach(n -> UnCountries.of(n).ifPresent(party::nationality));
        for (XmlElement address : entry.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            address(address).ifPresent(party::address);
        }
        for (XmlElement birth : entry.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(birth).ifPresent(party::date);
        }
        for (XmlElement document : entry.all("INDIVIDUAL_DOCUMENT")) {
            document(document).ifPresent(party::identifier);
        }
        party.remarks(RemarksText.of(entry.text("COMMENTS1"))
                .add("Title", String.join("; ", entry.values("TITLE")))
                .add("Designation", String.join("; ", entry.values("DESIGNATION")))
                .add("Place of birth", entry.all("INDIVIDUAL_PLACE_OF_BIRTH").stream()
                        .map(p -> joined(p, "STREET", "CITY", "STATE_PROVINCE", "COUNTRY"))
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining("; ")))
                .add("Gender", entry.text("GENDER"))
                .text());
        return party.designation(Designation.builder(listId, "UN " + entry.text("UN_LIST_TYPE"))
                .authority(AUTHORITY)
                .listedOn(FieldDates.parse(entry.text("LISTED_ON"), FieldDates.ISO, "LISTED_ON").orElse(null))
                .sourceRecord(reference)
                .build()).build();
    }

    private static NameKind aliasKind(String quality) {
        return switch (quality.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "low" -> NameKind.WEAK_AKA;
            case "fka" -> NameKind.FKA;
            case "nka" -> NameKind.NKA;
            default -> NameKind.AKA; // "Good", "a.k.a." and the blank quality of older entries
        };
    }

    private static Optional<Address> address(XmlElement a) {
        Address address = new Address(a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"), a.text("ZIP_CODE"),
                UnCountries.of(a.text("COUNTRY")));
        return address.oneLine().isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /** {@code EXACT} or {@code APPROXIMATELY} a {@code DATE} or {@code YEAR}, or {@code BETWEEN} two years. */
    private static Optional<PartyDate> birthDate(XmlElement dob) throws MalformedField {
        boolean approximate = dob.text("TYPE_OF_DATE").equalsIgnoreCase("APPROXIMATELY");
        Optional<XmlElement> from = given(dob, "FROM_YEAR");
        Optional<XmlElement> to = given(dob, "TO_YEAR");
        if (from.isPresent() || to.isPresent()) {
            XmlElement first = from.orElseGet(to::get);
            XmlElement last = to.orElseGet(from::get);
            PartialDate start = partialDate(dob, first, approximate);
            PartialDate end = partialDate(dob, last, approximate);
            if (end.compareTo(start) < 0) {
                throw new MalformedField(dob.name() + "/" + last.name(), last.line(), "the range of birth years ends"
                        + " before it starts: " + first.text() + " to " + last.text());
            }
            return Optional.of(new PartyDate(DateKind.BIRTH, start, end, first.text() + " to " + last.text()));
        }
        Optional<XmlElement> date = given(dob, "DATE").or(() -> given(dob, "YEAR"));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        PartialDate d = partialDate(dob, date.get(), approximate);
        String raw = date.get().text();
        return Optional.of(PartyDate.of(DateKind.BIRTH, d, approximate ? "approximately " + raw : raw));
    }

    private static Optional<XmlElement> given(XmlElement parent, String child) {
        return parent.first(child).filter(c -> !c.text().isEmpty());
    }

    private static PartialDate partialDate(XmlElement dob, XmlElement value, boolean approximate)
            throws MalformedField {
        PartialDate d = PartialDate.parse(value.text()).orElseThrow(() -> new MalformedField(
                dob.name() + "/" + value.name(), value.line(), "not a date of birth: '" + value.text() + "'"));
        return new PartialDate(d.year(), d.month(), d.day(), approximate || d.approximate());
    }

    private static Optional<Identifier> document(XmlElement doc) {
        String number = doc.text("NUMBER");
        if (number.isEmpty()) {
            return Optional.empty(); // many entries carry only a note about a document
        }
        String label = (doc.text("TYPE_OF_DOCUMENT").isEmpty() ? doc.text("TYPE_OF_DOCUMENT2")
                : doc.text("TYPE_OF_DOCUMENT"));
        String country = doc.text("ISSUING_COUNTRY").isEmpty() ? doc.text("COUNTRY_OF_ISSUE")
                : doc.text("ISSUING_COUNTRY");
        return Optional.of(new Identifier(IdentifierLabels.typeOf(label), label, number, UnCountries.of(country)));
    }

    private static String joined(XmlElement e, String... children) {
        return Stream.of(children).map(e::text).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }
}
