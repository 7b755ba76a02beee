package org.cordon.ingest.csl;

import java.util.Arrays;

/**
 * One item of a CSL {@code ids} field: a publisher label, a value and, where given, a two-letter country code.
 * Not every item is an identifier: the CSL also carries facts in this field ("Listing Date (CMIC), 2021-06-03",
 * "Gender, Male"); {@link CslIdentifiers} tells them apart.
 */
record CslId(String type, String number, String country) {

    CslId {
        type = type == null ? "" : type.strip();
        number = number == null ? "" : number.strip();
        country = country == null ? "" : country.strip();
    }

    /**
     * Parses the CSV form {@code type, number, country}: the first part is the label; a last part of two
     * capital letters is the country when there are three or more parts; the rest is the value (which may
     * itself contain commas).
     */
    static CslId parse(String item) {
        String[] parts = item.split(",", -1);
        if (parts.length == 1) {
            return new CslId(parts[0], "", "");
        }
        int end = parts.length;
        String country = "";
        if (parts.length >= 3 && parts[parts.length - 1].strip().matches("[A-Z]{2}")) {
            country = parts[parts.length - 1];
            end--;
        }
        return new CslId(parts[0], String.join(",", Arrays.copyOfRange(parts, 1, end)), country);
    }
}
