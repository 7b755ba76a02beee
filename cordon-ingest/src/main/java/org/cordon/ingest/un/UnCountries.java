package org.cordon.ingest.un;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.Country;

/**
 * Country names as the UN writes them. {@link Country#of} knows the common names; the UN uses its own official
 * short names for a few ("United Kingdom of Great Britain and Northern Ireland", "Türkiye"), which are mapped
 * here, and writes "na" where a value is not available.
 */
final class UnCountries {

    private static final Map<String, String> UN_NAMES = Map.of(
            "united kingdom of great britain and northern ireland", "GB",
            "türkiye", "TR",
            "state of palestine", "PS",
            "china, hong kong special administrative region", "HK",
            "china, macao special administrative region", "MO",
            "bolivia (plurinational state of)", "BO",
            "venezuela (bolivarian republic of)", "VE",
            "micronesia (federated states of)", "FM",
            "netherlands (kingdom of the)", "NL");

    private UnCountries() {}

    /** The country, or empty for a blank or "not available" value. */
    static Optional<Country> of(String name) {
        String n = name.strip();
        String key = n.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || key.equals("na") || key.equals("n/a")) {
            return Optional.empty();
        }
        String code = UN_NAMES.get(key);
        return Optional.of(code != null ? new Country(code, n) : Country.of(n));
    }
}
