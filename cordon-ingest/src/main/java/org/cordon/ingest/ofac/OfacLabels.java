package org.cordon.ingest.ofac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.IdentifierType;

/**
 * The labels OFAC puts in front of a fact ("Passport 123 (Iran)", "Tax ID No. 77 (Russia)",
 * "Organization Established Date 1999", "Secondary sanctions risk: ..."). The legacy CSV writes them into the
 * remarks; the XML has the same labels as {@code idType}. One table serves both.
 */
final class OfacLabels {

    private OfacLabels() {}

    /** What a label introduces. */
    enum Meaning {
        /** An identifier of the given type. */
        IDENTIFIER,
        /** The date an organisation was established. */
        ESTABLISHED_DATE,
        /** A known fact the model has no place for (regulatory notes, aircraft model...): kept in the remarks. */
        INFORMATION
    }

    /**
     * One known label.
     *
     * @param text    the label as OFAC writes it
     * @param meaning what it introduces
     * @param type    the identifier type, for {@link Meaning#IDENTIFIER}; else {@code OTHER}
     */
    record Label(String text, Meaning meaning, IdentifierType type) {}

    private static final List<Label> LONGEST_FIRST = new ArrayList<>();
    /** Labels by lower-case first letter, longest first: a remark segment is only compared with a few. */
    private static final Map<Character, List<Label>> BY_INITIAL = new HashMap<>();
    private static final Map<String, Label> BY_KEY = new HashMap<>();

    static {
        ids(IdentifierType.PASSPORT, "Passport", "Passport No.", "Diplomatic Passport", "Passport Booklet",
                "British National Overseas Passport", "Stateless Person Passport", "U.S.A. Passport");
        ids(IdentifierType.NATIONAL_ID, "National ID No.", "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "D.N.I.",
                "Personal ID Card", "National Foreign ID Number", "SSN", "Kenyan ID No.", "Turkish Identification Number",
                "Numero de Identidad", "Citizen's Card Number", "Tazkira National ID Card", "C.U.I.",
                "CNP (Personal Numerical Code)", "Bosnian Personal ID No.", "Moroccan Personal ID No.", "UAE Identification",
                "N.I.E.", "Refugee ID Card", "Stateless Person ID Card", "Identification Card", "Social Security Number");
        ids(IdentifierType.TAX_ID, "Tax ID No.", "R.F.C.", "R.F.C. #", "RFC", "NIT #", "RUC #", "RIF #", "V.A.T. Number",
                "Italian Fiscal Code", "Fiscal Code", "C.U.I.T.", "US FEIN", "RTN", "C.I.F.", "N.I.F.",
                "Paraguayan tax identification number", "Romanian Tax Registration",
                "Numero Unico de Identificacao Tributaria (NUIT)");
        ids(IdentifierType.REGISTRATION_NUMBER, "Registration Number", "Registration ID", "Business Registration Number",
                "Company Number", "UK Company Number", "Commercial Registry Number", "Folio Mercantil No.",
                "Matricula Mercantil No", "Matricula Mercantil No.", "C.R. No.", "Romanian C.R.", "Chamber of Commerce Number",
                "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.", "Trade License No.",
                "Business Registration Document #", "Central Registration System Number", "Economic Register Number (CBLS)",
                "Public Registration Number", "Certificate of Incorporation Number", "Enterprise Number", "Business Number",
                "Registered Charity No.", "Registration Certificate Number (Dubai)", "Company ID: No.",
                "Russian State Individual Business Registration Number Pattern (OGRNIP)", "MSB Registration Number");
        ids(IdentifierType.LEI, "Legal Entity Number");
        ids(IdentifierType.IMO, "Vessel Registration Identification", "International Maritime Organization No.");
        ids(IdentifierType.MMSI, "MMSI");
        ids(IdentifierType.SWIFT_BIC, "SWIFT/BIC");
        ids(IdentifierType.WEBSITE, "Website");
        ids(IdentifierType.EMAIL, "Email Address", "Email");
        ids(IdentifierType.PHONE, "Phone Number", "Phone", "Telephone", "Telephone No.", "Telephone Number", "Fax", "Fax No.");
        ids(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "Unified Social Credit Code (USCC)",
                "United Social Credit Code Certificate (USCCC)");
        ids(IdentifierType.AIRCRAFT_SERIAL, "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Serial Identification");
        ids(IdentifierType.AIRCRAFT_TAIL, "Aircraft Tail Number");
        ids(IdentifierType.ISIN, "ISIN");
        ids(IdentifierType.DUNS, "D-U-N-S Number");
        ids(IdentifierType.CALL_SIGN, "Other Vessel Call Sign");
        // Followed by "- XBT 1Kuf..." (currency code, then the address); see OfacIdentifiers.
        ids(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "Digital Currency Address");
        // Identifiers that name their holder but have no type of their own; kept with OFAC's label.
        ids(IdentifierType.OTHER, "Government Gazette Number", "Identification Number", "License",
                "Aircraft Construction Number (also called L/N or S/N or F/N)", "BIK (RU)", "Birth Certificate Number",
                "Driver's License No.", "Electoral Registry No.", "Credencial electoral", "I.F.E.",
                "Cartilla de Servicio Militar Nacional", "Residency Number", "Chinese Commercial Code", "Permit Number",
                "Branch Unit Number", "LE Number", "Travel Document Number", "VisaNumberID", "C.U.I.P.", "SRE Permit No.",
                "File Number", "Organization Code", "Aircraft Mode S Transponder Code", "Equity Ticker",
                "Military Registration Number", "Pilot License Number", "Immigration No.", "Serial No.",
                "Trademark number", "Tourism License No.", "Afghan Money Service Provider License Number",
                "Seafarer's Identification Document", "Public Security and Immigration No.",
                "Previous Aircraft Tail Number", "Romanian Permanent Resident", "Temporary suspension of deportation No.");
        add("Organization Established Date", Meaning.ESTABLISHED_DATE, IdentifierType.OTHER);
        for (String info : new String[] {"POB", "Gender", "Secondary sanctions risk:", "Additional Sanctions Information -",
            "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:", "Executive Order",
            "CAATSA Section", "Listing Date", "Effective Date", "Purchase/Sales For Divestment Date", "For more information",
            "Organization Type:", "Target Type", "Aircraft Model", "Aircraft Manufacture Date", "Aircraft Operator",
            "Vessel Year of Build", "Former Vessel Flag", "Other Vessel Type", "Other Vessel Flag", "IFCA Determination -",
            "Issuer Name", "ICTY indictee", "arrested", "all offices worldwide", "and all other offices worldwide",
            "all branches worldwide"}) {
            add(info, Meaning.INFORMATION, IdentifierType.OTHER);
        }
        LONGEST_FIRST.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
        for (Label label : LONGEST_FIRST) {
            BY_INITIAL.computeIfAbsent(initial(label.text()), c -> new ArrayList<>()).add(label);
        }
    }

    private static void ids(IdentifierType type, String... labels) {
        for (String label : labels) {
            add(label, Meaning.IDENTIFIER, type);
        }
    }

    private static void add(String text, Meaning meaning, IdentifierType type) {
        Label label = new Label(text, meaning, type);
        LONGEST_FIRST.add(label);
        BY_KEY.put(key(text), label);
    }

    /**
     * The longest known label the text starts with (ignoring case), where the label is followed by the end,
     * a space or a colon: "Passport 123" has label "Passport", "Passports" has none.
     */
    static Optional<Label> prefixOf(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Label label : BY_INITIAL.getOrDefault(initial(text), List.of())) {
            String l = label.text();
            if (text.regionMatches(true, 0, l, 0, l.length())
                    && (text.length() == l.length() || boundary(text.charAt(l.length())))) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The label written exactly so (an XML {@code idType}), ignoring case and a trailing colon or dash. */
    static Optional<Label> exactly(String text) {
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    private static char initial(String text) {
        return Character.toLowerCase(text.charAt(0));
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || c == ':' || c == ',';
    }

    private static String key(String label) {
        String k = label.strip().toLowerCase(Locale.ROOT);
        while (k.endsWith(":") || k.endsWith("-")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k;
    }
}
