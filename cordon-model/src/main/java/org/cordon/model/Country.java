package org.cordon.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A country or territory as a list names it.
 *
 * @param code ISO 3166-1 alpha-2 code when the name is recognised, else empty
 * @param name the name as written by the source (or the English name when built from a code)
 */
public record Country(String code, String name) {

    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();

    static {
        for (String iso : Locale.getISOCountries()) {
            CODES_BY_NAME.put(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)), iso);
            CODES_BY_NAME.put(key(iso), iso);
        }
        // Names the lists use that differ from the JDK's English display names.
        String[][] extra = {
            {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Iran", "IR"}, {"Iran (Islamic Republic of)", "IR"},
            {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
            {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Burma", "MM"},
            {"Syria", "SY"}, {"Syrian Arab Republic", "SY"}, {"Venezuela", "VE"}, {"Bolivia", "BO"},
            {"Tanzania", "TZ"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"}, {"Laos", "LA"}, {"Moldova", "MD"},
            {"Taiwan", "TW"}, {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Czech Republic", "CZ"},
            {"Turkey", "TR"}, {"Turkiye", "TR"}, {"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"},
            {"Democratic Republic of the Congo", "CD"}, {"Congo, Democratic Republic of the", "CD"},
            {"Congo", "CG"}, {"Republic of the Congo", "CG"}, {"United States", "US"},
            {"United States of America", "US"}, {"USA", "US"}, {"UK", "GB"}, {"United Kingdom", "GB"},
            {"China", "CN"}, {"People's Republic of China", "CN"}, {"Palestinian", "PS"}, {"West Bank", "PS"},
            {"Gaza", "PS"}, {"Kosovo", "XK"}, {"Brunei", "BN"}, {"Cabo Verde", "CV"}, {"Eswatini", "SZ"},
            {"The Bahamas", "BS"}, {"The Gambia", "GM"}, {"Micronesia", "FM"}, {"Region: Crimea", "UA"},
            {"Crimea", "UA"}, {"Netherlands Antilles", "AN"}, {"Curacao", "CW"}, {"Sint Maarten", "SX"},
            {"Lao People's Democratic Republic", "LA"}, {"Republic of Moldova", "MD"},
            {"United Republic of Tanzania", "TZ"}, {"Bosnia-Herzegovina", "BA"}, {"Bosnia and Herzegovina", "BA"},
            {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"Timor-Leste", "TL"}, {"East Timor", "TL"},
        };
        for (String[] e : extra) {
            CODES_BY_NAME.put(key(e[0]), e[1]);
        }
    }

    public Country {
        code = Checks.text(code, "country code").toUpperCase(Locale.ROOT);
        name = Checks.text(name, "country name");
        if (code.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("country needs a code or a name");
        }
    }

    /** A country from a name or a two-letter code, recognising the names the lists use. */
    public static Country of(String nameOrCode) {
        String text = Checks.required(nameOrCode, "country");
        String code = CODES_BY_NAME.getOrDefault(key(text), "");
        if (text.length() == 2 && !code.isEmpty()) {
            return new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        return new Country(code, text);
    }

    /** True when the name was recognised as an ISO country. */
    public boolean isKnown() {
        return !code.isEmpty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
