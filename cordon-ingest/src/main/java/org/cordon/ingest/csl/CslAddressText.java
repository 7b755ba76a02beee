package org.cordon.ingest.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cordon.model.Address;
import org.cordon.model.Country;

/**
 * Reads the one-line addresses of the CSL CSV, which trade.gov flattens from {@code address, city, state,
 * postal_code, country} by joining the parts present with commas, so which part is which must be inferred from
 * the end: a last part that is a country code, then a postal code, then a US-style two-letter state, then the
 * city. Everything before the city stays together as the street: the street part itself contains commas.
 */
final class CslAddressText {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    // "100033", "75081-1234", "E14 9SH", "CH-1204"
    private static final Pattern POSTAL =
            Pattern.compile("\\d[\\d -]{2,9}|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]{2}-\\d{3,6}");

    private CslAddressText() {}

    /** The address, or empty when the text has no part at all. */
    static Optional<Address> parse(String text) {
        List<String> parts = new ArrayList<>(Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Country> country = Optional.empty();
        if (CODE.matcher(last(parts)).matches() && Country.of(last(parts)).isKnown()) {
            country = Optional.of(Country.of(removeLast(parts)));
        }
        // "..., Xian, China, CN": the name before the code repeats it; "..., Hamburg, Germany": the name alone.
        if (!parts.isEmpty() && last(parts).length() > 2 && Country.of(last(parts)).isKnown()) {
            Country named = Country.of(last(parts));
            if (country.isEmpty()) {
                country = Optional.of(named);
                removeLast(parts);
            } else if (country.get().code().equals(named.code())) {
                removeLast(parts);
            }
        }
        String postal = !parts.isEmpty() && POSTAL.matcher(last(parts)).matches() ? removeLast(parts) : "";
        String region = parts.size() >= 2 && CODE.matcher(last(parts)).matches() ? removeLast(parts) : "";
        String city = "";
        if (parts.size() >= 2 || (parts.size() == 1 && !parts.get(0).matches(".*\\d.*"))) {
            city = removeLast(parts);
        }
        String street = String.join(", ", parts);
        if (street.isEmpty() && city.isEmpty() && region.isEmpty() && postal.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Address(street, city, region, postal, country));
    }

    private static String last(List<String> parts) {
        return parts.get(parts.size() - 1);
    }

    private static String removeLast(List<String> parts) {
        return parts.remove(parts.size() - 1);
    }
}
