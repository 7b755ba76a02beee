package org.cordon.ingest.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cordon.ingest.FieldDates;
import org.cordon.ingest.MalformedField;
import org.cordon.ingest.RemarksText;
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

/** Maps one CSL entry onto a party with one designation; see the package doc for what goes where. */
final class CslPartyMapper {

    private final String listId;

    CslPartyMapper(String listId) {
        this.listId = listId;
    }

    Party toParty(CslEntry e) throws MalformedField {
        String id = e.text("_id");
        if (id.isEmpty()) {
            throw new MalformedField(e.path("_id"), "the entry has no id");
        }
        String name = oneLine(e.text("name"));
        if (name.isEmpty()) {
            throw new MalformedField(e.path("name"), "the entry has no name");
        }
        Party.Builder party = Party.builder(listId, id, type(e)).name(Name.primary(name));
        for (String alias : e.values("alt_names")) {
            String alt = oneLine(alias);
            if (!alt.equalsIgnoreCase(name)) {
                party.name(Name.of(alt, NameKind.AKA));
            }
        }
        e.addresses().forEach(party::address);
        for (String field : List.of("citizenships", "nationalities", "vessel_flag")) {
            e.values(field).forEach(c -> party.nationality(Country.of(c)));
        }
        for (String birth : e.values("dates_of_birth")) {
            party.date(birthDate(birth, e.path("dates_of_birth")));
        }
        if (!e.text("call_sign").isEmpty()) {
            party.identifier(new Identifier(IdentifierType.CALL_SIGN, "Call Sign", e.text("call_sign"), Optional.empty()));
        }
        List<String> facts = CslIdentifiers.apply(e.ids(), party);
        if (!e.text("vessel_owner").isEmpty()) {
            party.relationship(Relationship.of(RelationKind.OWNED_BY, e.text("vessel_owner")));
        }
        party.remarks(RemarksText.of(e.text("remarks"))
                .add("Title", e.text("title"))
                .add("Place of birth", String.join("; ", e.values("places_of_birth")))
                .add("Vessel type", e.text("vessel_type"))
                .add("Gross tonnage", e.text("gross_tonnage"))
                .add("Gross registered tonnage", e.text("gross_registered_tonnage"))
                .text());
        return party.designation(designation(e, id, facts)).build();
    }

    private Designation designation(CslEntry e, String id, List<String> facts) throws MalformedField {
        List<String> note = new ArrayList<>();
        if (!e.values("programs").isEmpty()) {
            note.add("Programs: " + String.join(", ", e.values("programs")));
        }
        if (!e.text("standard_order").isEmpty()) {
            note.add("Standard order: " + e.text("standard_order").toUpperCase(Locale.ROOT));
        }
        note.addAll(facts);
        return Designation.builder(listId, e.text("source"))
                .authority(e.text("federal_register_notice"))
                .listedOn(FieldDates.parse(e.text("start_date"), FieldDates.ISO, e.path("start_date")).orElse(null))
                // The CSL's end_date is when a listing lapses by its terms (a denial order's expiry).
                .expiresOn(FieldDates.parse(e.text("end_date"), FieldDates.ISO, e.path("end_date")).orElse(null))
                .licenceRequirement(e.text("license_requirement"))
                .licencePolicy(e.text("license_policy"))
                .sourceRecord(id)
                .note(String.join("; ", note))
                .build();
    }

    private static PartyType type(CslEntry e) throws MalformedField {
        String type = e.text("type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "individual" -> PartyType.PERSON;
            case "entity" -> PartyType.ORGANIZATION;
            case "vessel" -> PartyType.VESSEL;
            case "aircraft" -> PartyType.AIRCRAFT;
            case "" -> PartyType.UNKNOWN; // the BIS and State lists leave the type out
            default -> throw new MalformedField(e.path("type"), "unknown entry type '" + e.text("type") + "'");
        };
    }

    /** {@code 1962}, {@code circa 1955}, {@code 04 Mar 1962}, {@code 1962-03-04}, or a range {@code 1958 to 1960}. */
    private static PartyDate birthDate(String text, String field) throws MalformedField {
        String[] range = text.split("(?i)\\s+to\\s+");
        Optional<PartialDate> from = PartialDate.parse(range[0]);
        Optional<PartialDate> to = range.length == 2 ? PartialDate.parse(range[1]) : from;
        if (range.length > 2 || from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0) {
            throw new MalformedField(field, "not a date of birth: '" + text + "'");
        }
        return new PartyDate(DateKind.BIRTH, from.get(), to.get(), text);
    }

    /** Names sometimes carry line breaks or runs of spaces from the source; a name is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
