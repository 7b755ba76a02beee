package org.cordon.ingest.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/** Maps a checked {@link SdnXmlEntry} onto a {@link Party}, the same way the legacy CSV entries are mapped. */
final class SdnXmlParties {

    private SdnXmlParties() {}

    /** The party type an {@code sdnType} names, or empty when it is none OFAC uses. */
    static Optional<PartyType> type(String sdnType) {
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> Optional.of(PartyType.PERSON);
            case "entity" -> Optional.of(PartyType.ORGANIZATION);
            case "vessel" -> Optional.of(PartyType.VESSEL);
            case "aircraft" -> Optional.of(PartyType.AIRCRAFT);
            default -> Optional.empty();
        };
    }

    /** "lastName, firstName" as the CSV writes person names; the last name alone when there is no first name. */
    static String name(Map<String, String> fields) {
        String last = fields.getOrDefault("lastName", "").strip();
        String first = fields.getOrDefault("firstName", "").strip();
        if (first.isEmpty()) {
            return last;
        }
        return last.isEmpty() ? first : last + ", " + first;
    }

    static Party party(SdnXmlEntry e, String listId, PartyType type) {
        String uid = e.field("uid");
        String title = e.field("title");
        Party.Builder b = Party.builder(listId, uid, type).name(Name.primary(name(e.fields)));
        for (Map<String, String> aka : e.items("akaList")) {
            String alias = name(aka);
            if (!alias.isEmpty()) {
                b.name(Name.of(alias, aliasKind(aka)));
            }
        }
        for (Map<String, String> address : e.items("addressList")) {
            address(address).ifPresent(b::address);
        }
        for (String list : new String[] {"nationalityList", "citizenshipList"}) {
            for (Map<String, String> item : e.items(list)) {
                country(item.getOrDefault("country", "")).ifPresent(b::nationality);
            }
        }
        for (Map<String, String> dob : e.items("dateOfBirthList")) {
            OfacDates.parse(DateKind.BIRTH, dob.getOrDefault("dateOfBirth", "")).ifPresent(b::date);
        }
        for (Map<String, String> id : e.items("idList")) {
            identifierFact(id, b);
        }
        for (Map<String, String> vessel : e.items("vesselInfo")) {
            String callSign = vessel.getOrDefault("callSign", "");
            if (!callSign.isEmpty()) {
                b.identifier(new Identifier(IdentifierType.CALL_SIGN, "Call Sign", callSign, Optional.empty()));
            }
            country(vessel.getOrDefault("vesselFlag", "")).ifPresent(b::nationality);
            String owner = vessel.getOrDefault("vesselOwner", "");
            if (!owner.isEmpty()) {
                b.relationship(Relationship.of(RelationKind.OWNED_BY, owner));
            }
        }
        String remarks = e.field("remarks");
        RemarkFacts facts = OfacRemarks.parse(remarks, title, false);
        facts.names().forEach(b::name);
        facts.identifiers().forEach(b::identifier);
        facts.nationalities().forEach(b::nationality);
        facts.dates().forEach(b::date);
        facts.relationships().forEach(b::relationship);
        List<String> programs = e.programs.isEmpty() ? List.of("") : e.programs;
        for (String program : programs) {
            b.designation(Designation.builder(listId, program).sourceRecord(uid).note(title).build());
        }
        return b.remarks(remarks).build();
    }

    private static NameKind aliasKind(Map<String, String> aka) {
        if ("weak".equalsIgnoreCase(aka.getOrDefault("category", ""))) {
            return NameKind.WEAK_AKA;
        }
        return switch (aka.getOrDefault("type", "").toLowerCase(Locale.ROOT).replace(".", "")) {
            case "fka" -> NameKind.FKA;
            case "nka" -> NameKind.NKA;
            default -> NameKind.AKA;
        };
    }

    private static Optional<Address> address(Map<String, String> a) {
        List<String> street = new ArrayList<>();
        for (String line : new String[] {"address1", "address2", "address3"}) {
            String v = a.getOrDefault(line, "");
            if (!v.isEmpty()) {
                street.add(v);
            }
        }
        Address address = new Address(String.join(", ", street), a.getOrDefault("city", ""),
                a.getOrDefault("stateOrProvince", ""), a.getOrDefault("postalCode", ""),
                country(a.getOrDefault("country", "")));
        return address.oneLine().isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /** An {@code id} item: an identifier, an establishment date, or a note the model has no place for. */
    private static void identifierFact(Map<String, String> id, Party.Builder b) {
        String label = id.getOrDefault("idType", "");
        String number = id.getOrDefault("idNumber", "");
        Optional<OfacLabels.Label> known = OfacLabels.exactly(label).or(() -> OfacLabels.prefixOf(label));
        OfacLabels.Meaning meaning = known.map(OfacLabels.Label::meaning).orElse(OfacLabels.Meaning.IDENTIFIER);
        switch (meaning) {
            case INFORMATION -> { }
            case ESTABLISHED_DATE -> OfacDates.parse(DateKind.INCORPORATION, number).ifPresent(b::date);
            case IDENTIFIER -> {
                IdentifierType type = known.map(OfacLabels.Label::type).orElse(IdentifierType.OTHER);
                OfacIdentifiers.of(type, label, number, country(id.getOrDefault("idCountry", "")))
                        .ifPresent(b::identifier);
            }
        }
    }

    private static Optional<Country> country(String name) {
        return name.isBlank() ? Optional.empty() : Optional.of(Country.of(name));
    }
}
