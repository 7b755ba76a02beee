package org.cordon.ingest.ofac;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.model.Country;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;

/**
 * Turns OFAC's identifier text into {@link Identifier}s: the value without its issuing country and dates, the IMO
 * number without its "IMO" prefix, a website or e-mail address without trailing prose.
 */
final class OfacIdentifiers {

    private OfacIdentifiers() {}

    /** Types whose values need not contain a digit. */
    private static final Set<IdentifierType> TEXTUAL = EnumSet.of(IdentifierType.WEBSITE, IdentifierType.EMAIL,
            IdentifierType.SWIFT_BIC, IdentifierType.CALL_SIGN, IdentifierType.AIRCRAFT_TAIL);
    /** Labels of OTHER identifiers whose values need not contain a digit either. */
    private static final Set<String> TEXTUAL_LABELS = Set.of("previous aircraft tail number", "equity ticker");
    private static final Pattern VALIDITY = Pattern.compile("\\s+(?:issued|expires|expired)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$", Pattern.DOTALL);
    private static final Pattern CURRENCY = Pattern.compile("^-\\s*([A-Za-z0-9]+)\\s+(\\S+)");
    private static final Pattern IMO = Pattern.compile("^IMO\\s*(\\d+)$", Pattern.CASE_INSENSITIVE);
    /** Identifier values are short; longer text after a label is prose, not an identifier. */
    private static final int MAX_VALUE_LENGTH = 80;
    private static final int MAX_VALUE_WORDS = 8;

    /**
     * An identifier from remark text.
     *
     * @param type    the type the label stands for
     * @param label   the label as written ("Passport", "Tax ID No.")
     * @param rest    what follows the label: "645720381 (Russia) issued 01 Jan 2010"
     * @return empty when the rest does not look like an identifier value
     */
    static Optional<Identifier> fromRemark(IdentifierType type, String label, String rest) {
        String text = strip(rest);
        if (type == IdentifierType.DIGITAL_CURRENCY_ADDRESS) {
            Matcher m = CURRENCY.matcher(text);
            return m.find() ? of(type, label + " - " + m.group(1), m.group(2), Optional.empty()) : Optional.empty();
        }
        text = VALIDITY.matcher(text).replaceFirst("");
        Optional<Country> country = Optional.empty();
        Matcher m = TRAILING_COUNTRY.matcher(text);
        if (m.matches()) {
            Country candidate = Country.of(m.group(2));
            if (candidate.isKnown()) {
                country = Optional.of(candidate);
                text = m.group(1);
            }
        }
        return of(type, label, text, country);
    }

    /**
     * An identifier from its parts (XML {@code id} or cleaned remark text), normalising the value by type.
     *
     * @return empty when the value is blank or does not look like an identifier
     */
    static Optional<Identifier> of(IdentifierType type, String label, String value, Optional<Country> country) {
        String v = strip(value);
        if (type == IdentifierType.WEBSITE || type == IdentifierType.EMAIL) {
            v = firstWord(v).replaceAll("[.,;]+$", "");
        }
        IdentifierType t = type;
        if (t == IdentifierType.IMO) {
            Matcher imo = IMO.matcher(v);
            if (imo.matches()) {
                v = imo.group(1);
            } else if (!v.matches("\\d{7}")) {
                // A flag state's own registration ("Vessel Registration Identification RS 1234"), not an IMO number.
                t = IdentifierType.REGISTRATION_NUMBER;
            }
        }
        if (v.isEmpty() || v.length() > MAX_VALUE_LENGTH || v.split("\\s+").length > MAX_VALUE_WORDS) {
            return Optional.empty();
        }
        boolean textual = TEXTUAL.contains(t) || TEXTUAL_LABELS.contains(label.toLowerCase(Locale.ROOT));
        if (!textual && v.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(t, label, v, country));
    }

    private static String strip(String text) {
        String t = text.strip();
        while (t.startsWith(":")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static String firstWord(String text) {
        String[] words = text.split("\\s+", 2);
        return words[0];
    }
}
