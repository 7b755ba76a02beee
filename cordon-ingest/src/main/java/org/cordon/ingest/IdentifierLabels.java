package org.cordon.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cordon.model.IdentifierType;

/**
 * Maps the labels publishers put on identifiers ("Tax ID No.", "Unified Social Credit Code (USCC)", "Numéro de
 * passeport", "Vessel Registration Identification") to {@link IdentifierType}s. A label it does not know is
 * {@link IdentifierType#OTHER}; the caller keeps the label on the identifier either way.
 */
public final class IdentifierLabels {

    private IdentifierLabels() {}

    // First match wins, so the specific rules come before the broad ones: "vessel registration" is an IMO number,
    // not a company registration, and "Tax ID No." a tax number, not an "ID No.".
    private static final List<Map.Entry<Pattern, IdentifierType>> RULES = List.of(
            rule("unified social credit code|\\buscc\\b", IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE),
            rule("legal entity (number|identifier)|^lei\\b|^le number", IdentifierType.LEI),
            rule("^imo\\b|vessel registration identification", IdentifierType.IMO),
            rule("\\bmmsi\\b", IdentifierType.MMSI),
            rule("swift|\\bbic\\b", IdentifierType.SWIFT_BIC),
            rule("^isin\\b", IdentifierType.ISIN),
            rule("^uei\\b|unique entity id", IdentifierType.UEI),
            rule("\\bd-?u-?n-?s\\b", IdentifierType.DUNS),
            rule("^cage\\b", IdentifierType.CAGE),
            rule("aircraft manufacturer|serial number \\(msn\\)", IdentifierType.AIRCRAFT_SERIAL),
            rule("aircraft tail", IdentifierType.AIRCRAFT_TAIL),
            rule("digital currency address", IdentifierType.DIGITAL_CURRENCY_ADDRESS),
            rule("web ?site|^url\\b", IdentifierType.WEBSITE),
            rule("e-?mail", IdentifierType.EMAIL),
            rule("phone|\\bfax\\b", IdentifierType.PHONE),
            rule("call ?sign", IdentifierType.CALL_SIGN),
            rule("passport|passeport|pasaporte", IdentifierType.PASSPORT),
            rule("\\btax\\b|fiscal|\\bnit\\b|\\br\\.?f\\.?c\\b|\\bruc\\b|\\bfein\\b|\\bc\\.?u\\.?i\\.?t\\b"
                    + "|\\bv\\.?a\\.?t\\b|\\binn\\b|\\btin\\b", IdentifierType.TAX_ID),
            rule("national id|national identi|personal id|identity card|identification card|\\bid card|\\bid no"
                    + "|c[eé]dula|\\bd\\.?n\\.?i\\b|\\bc\\.?u\\.?r\\.?p\\b|\\bssn\\b|social security|tazkira",
                    IdentifierType.NATIONAL_ID),
            rule("^(?!nationality).*registration|company number|incorporation number|\\bc\\.?r\\.? no"
                    + "|commercial regist|\\bogrn\\b", IdentifierType.REGISTRATION_NUMBER));

    private static Map.Entry<Pattern, IdentifierType> rule(String regex, IdentifierType type) {
        return Map.entry(Pattern.compile(regex), type);
    }

    /** The identifier type a label names; {@link IdentifierType#OTHER} when not recognised. */
    public static IdentifierType typeOf(String label) {
        String key = normalise(label);
        for (Map.Entry<Pattern, IdentifierType> rule : RULES) {
            if (rule.getKey().matcher(key).find()) {
                return rule.getValue();
            }
        }
        return IdentifierType.OTHER;
    }

    /** Lower case, single spaces, without the trailing ":" or " -" some labels carry. */
    static String normalise(String label) {
        String s = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return s.replaceAll("[\\s:\\-]+$", "");
    }
}
