package org.cordon.ingest.ftm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cordon.model.IdentifierType;
import org.cordon.model.PartyType;

/**
 * The FtM schemata and properties Cordon reads and writes, in one place (a test checks each against the published
 * schemata).
 */
public final class FtmProperties {

    private FtmProperties() {}

    /** The party schemata and the party type each becomes. */
    public static final Map<String, PartyType> PARTY_SCHEMATA = Map.of(
            "Person", PartyType.PERSON, "Company", PartyType.ORGANIZATION, "Organization", PartyType.ORGANIZATION,
            "LegalEntity", PartyType.ORGANIZATION, "PublicBody", PartyType.ORGANIZATION, "Vessel", PartyType.VESSEL,
            "Airplane", PartyType.AIRCRAFT);

    /** Identifier properties in the order they are written, each with its type and the label it gets. */
    public record IdProperty(String property, IdentifierType type, String label) {}

    public static final List<IdProperty> IDENTIFIERS = List.of(
            new IdProperty("leiCode", IdentifierType.LEI, "LEI"),
            new IdProperty("innCode", IdentifierType.TAX_ID, "INN"),
            new IdProperty("ogrnCode", IdentifierType.REGISTRATION_NUMBER, "OGRN"),
            new IdProperty("registrationNumber", IdentifierType.REGISTRATION_NUMBER, "Registration number"),
            new IdProperty("taxNumber", IdentifierType.TAX_ID, "Tax number"),
            new IdProperty("swiftBic", IdentifierType.SWIFT_BIC, "SWIFT/BIC"),
            new IdProperty("dunsCode", IdentifierType.DUNS, "DUNS"),
            new IdProperty("cageCode", IdentifierType.CAGE, "CAGE"),
            new IdProperty("imoNumber", IdentifierType.IMO, "IMO"),
            new IdProperty("mmsi", IdentifierType.MMSI, "MMSI"),
            new IdProperty("callSign", IdentifierType.CALL_SIGN, "Call sign"),
            new IdProperty("serialNumber", IdentifierType.AIRCRAFT_SERIAL, "Serial number"),
            new IdProperty("idNumber", IdentifierType.NATIONAL_ID, "ID number"),
            new IdProperty("passportNumber", IdentifierType.PASSPORT, "Passport"),
            new IdProperty("website", IdentifierType.WEBSITE, "Website"),
            new IdProperty("email", IdentifierType.EMAIL, "Email"),
            new IdProperty("phone", IdentifierType.PHONE, "Phone"));

    /** Properties on every party schema (Thing). */
    static final Set<String> THING = Set.of("name", "alias", "weakAlias", "previousName", "country", "topics",
            "address", "addressEntity", "notes", "sourceUrl");
    /** Properties of LegalEntity and what extends it. */
    static final Set<String> LEGAL_ENTITY = Set.of("jurisdiction", "incorporationDate", "registrationNumber",
            "taxNumber", "leiCode", "innCode", "ogrnCode", "swiftBic", "dunsCode", "idNumber", "website", "email",
            "phone");

    /** For each party schema, the properties read from it and written to it. */
    public static final Map<String, Set<String>> READ = readMap();

    /** The other schemata read, and their properties. */
    public static final Map<String, Set<String>> LINKS = Map.of(
            "Sanction", Set.of("entity", "program", "authority", "authorityId", "startDate", "endDate", "sourceUrl",
                    "summary"),
            "Ownership", Set.of("owner", "asset", "percentage", "startDate", "endDate", "description", "sourceUrl",
                    "summary"),
            "Directorship", Set.of("director", "organization", "startDate", "endDate", "role", "sourceUrl", "summary"),
            "UnknownLink", Set.of("subject", "object", "startDate", "endDate", "role", "description", "sourceUrl",
                    "summary"),
            "Address", Set.of("full", "street", "city", "region", "postalCode", "country"),
            "Identification", Set.of("holder", "number", "type", "country"),
            "Passport", Set.of("holder", "number", "passportNumber", "type", "country"));

    private static Map<String, Set<String>> readMap() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        Set<String> legal = union(THING, LEGAL_ENTITY);
        m.put("LegalEntity", legal);
        m.put("Organization", union(legal, Set.of("imoNumber", "cageCode")));
        m.put("Company", union(legal, Set.of("imoNumber", "cageCode")));
        m.put("PublicBody", union(legal, Set.of("imoNumber", "cageCode")));
        m.put("Person", union(legal, Set.of("nationality", "citizenship", "birthDate", "passportNumber", "firstName",
                "middleName", "lastName")));
        m.put("Vessel", union(THING, Set.of("imoNumber", "mmsi", "flag", "callSign", "registrationNumber",
                "buildDate")));
        m.put("Airplane", union(THING, Set.of("registrationNumber", "serialNumber", "buildDate")));
        return Map.copyOf(m);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /** True when {@code schema} has {@code property} among the ones Cordon reads. */
    static boolean reads(String schema, String property) {
        Set<String> props = READ.get(schema);
        return props != null && props.contains(property);
    }
}
