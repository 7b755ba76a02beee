package org.cordon.ingest.dpl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cordon.ingest.CsvRows;
import org.cordon.ingest.FieldDates;
import org.cordon.ingest.MalformedField;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/** Maps one DPL row onto a party with its denial. */
final class DeniedPersonMapper {

    static final String PROGRAM = "Denied Persons List";
    // A denial order takes away export privileges altogether, so what it covers is every item subject to the EAR,
    // and there is no licence to apply for: only BIS can authorise a transaction with the denied person.
    static final String LICENCE_REQUIREMENT = "All items subject to the EAR: export privileges denied";
    static final String LICENCE_POLICY = "Denial order: no one may take part in an export, reexport or transfer of"
            + " items subject to the EAR involving the denied person, unless BIS authorises it (15 CFR 764.3;"
            + " standard terms in Supplement No. 1 to Part 764)";

    private final String listId;

    DeniedPersonMapper(String listId) {
        this.listId = listId;
    }

    Party toParty(CsvRows.Row row) throws MalformedField {
        String name = row.get("Name").replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            throw new MalformedField("Name", "the entry has no name");
        }
        String effective = row.get("Effective_Date").strip();
        String citation = row.get("FR_Citation").strip();
        Designation denial = Designation.builder(listId, PROGRAM)
                .authority(citation)
                .listedOn(FieldDates.parse(effective, FieldDates.US, "Effective_Date").orElse(null))
                .expiresOn(FieldDates.parse(row.get("Expiration_Date"), FieldDates.US, "Expiration_Date").orElse(null))
                .licenceRequirement(LICENCE_REQUIREMENT)
                .licencePolicy(LICENCE_POLICY)
                .note(note(row))
                .build();
        Party.Builder party = Party.builder(listId, DeniedPersonIds.of(name, effective, citation),
                        LegalForms.isFirm(name) ? PartyType.ORGANIZATION : PartyType.UNKNOWN)
                .designation(denial);
        List<Name> names = EmbeddedAliases.split(name);
        names.forEach(party::name);
        if (names.size() > 1) {
            party.remarks("Published name: " + name);
        }
        address(row).ifPresent(party::address);
        return party.build();
    }

    /** Tells this row from others with the same name, effective date and citation. */
    static String qualifier(CsvRows.Row row) {
        return DeniedPersonIds.addressQualifier(row.get("Street_Address"), row.get("City"), row.get("State"),
                row.get("Country"), row.get("Postal_Code"));
    }

    private static Optional<Address> address(CsvRows.Row row) {
        String country = row.get("Country").strip();
        Address address = new Address(row.get("Street_Address"), row.get("City"), row.get("State"),
                row.get("Postal_Code"), country.isEmpty() ? Optional.empty() : Optional.of(Country.of(country)));
        return address.oneLine().isEmpty() ? Optional.empty() : Optional.of(address);
    }

    private static String note(CsvRows.Row row) throws MalformedField {
        List<String> note = new ArrayList<>();
        if (!row.get("Action").isBlank()) {
            note.add("Action: " + row.get("Action").strip());
        }
        String order = row.get("Standard_Order").strip().toUpperCase(Locale.ROOT);
        if (order.equals("Y")) {
            note.add("Standard denial order terms");
        } else if (order.equals("N")) {
            note.add("Non-standard order: see the Federal Register notice for its terms");
        }
        Optional<LocalDate> updated = FieldDates.parse(row.get("Last_Update"), FieldDates.ISO, "Last_Update");
        updated.ifPresent(d -> note.add("Last update: " + d));
        return String.join("; ", note);
    }
}
