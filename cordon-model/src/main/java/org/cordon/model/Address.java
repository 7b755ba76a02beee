package org.cordon.model;

import java.util.Optional;

/**
 * A postal address, as far as the source gives it. Any text part may be empty.
 */
public record Address(String street, String city, String region, String postalCode, Optional<Country> country) {

    public Address {
        street = Checks.text(street, "street");
        city = Checks.text(city, "city");
        region = Checks.text(region, "region");
        postalCode = Checks.text(postalCode, "postal code");
        Checks.nonNull(country, "address country");
    }

    public static Address country(Country country) {
        return new Address("", "", "", "", Optional.of(country));
    }

    /** The address on one line, parts joined by commas. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {street, city, region, postalCode, country.map(Country::name).orElse("")}) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
